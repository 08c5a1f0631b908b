import type { PortableFunction } from './excel-functions';

/**
 * Formula strings, built rather than concatenated ad hoc (STYLE §9). A formula
 * is written without its leading `=` (the edit plan's convention); every builder
 * returns an expression that can be nested in another.
 *
 * @example call('SUM', 'C5:Q5') // 'SUM(C5:Q5)'
 */
export type Formula = string;

/** `NAME(arg1,arg2)`; only functions on the portability allow-list type-check. */
export function call(name: PortableFunction, ...args: readonly Formula[]): Formula {
  return `${name}(${args.join(',')})`;
}

/** A text literal with inner quotes doubled: `未达标` → `"未达标"`, `say "hi"` → `"say ""hi"""`. */
export function text(value: string): Formula {
  return `"${value.replace(/"/g, '""')}"`;
}

/** A number literal; Excel reads `0.5` and `100` but not `NaN` or `1e21`. */
export function num(value: number): Formula {
  const written = String(value);
  if (!Number.isFinite(value) || /e/i.test(written)) throw new RangeError(`number cannot be written in a formula: ${value}`);
  return written;
}

export type Comparison = '=' | '<>' | '<' | '<=' | '>' | '>=';

/** `B5>=$Y$5` */
export function compare(left: Formula, op: Comparison, right: Formula): Formula {
  return `${left}${op}${right}`;
}

/** A criterion for COUNTIF and friends built from a cell: `">="&$Y$5`. */
export function criterion(op: Comparison, value: Formula): Formula {
  return `${text(op)}&${value}`;
}

/** `(expr)` */
export function group(expression: Formula): Formula {
  return `(${expression})`;
}

/** Text joined with `&`: `C$3&" "`. */
export function concat(...parts: readonly Formula[]): Formula {
  if (parts.length === 0) throw new RangeError('concat needs at least one part');
  return parts.join('&');
}

/** Arithmetic of operands, each wrapped in parentheses when it is not a plain token. */
export function arithmetic(op: '+' | '-' | '*' | '/', ...operands: readonly Formula[]): Formula {
  if (operands.length < 2) throw new RangeError(`arithmetic ${op} needs at least two operands`);
  return operands.map((o) => (/^[$A-Za-z0-9_.!']+$/.test(o) || /^[A-Z]+\(.*\)$/.test(o) && balanced(o) ? o : group(o))).join(op);
}

/** True when the outermost call's parentheses enclose the whole expression (`SUM(A1)` yes, `SUM(A1)+1` no). */
function balanced(expression: Formula): boolean {
  let depth = 0;
  let inText = false;
  for (let i = 0; i < expression.length; i += 1) {
    const ch = expression[i];
    if (ch === '"') inText = !inText;
    if (inText) continue;
    if (ch === '(') depth += 1;
    if (ch === ')') {
      depth -= 1;
      if (depth === 0 && i < expression.length - 1) return false;
    }
  }
  return depth === 0;
}

export const sum = (...args: readonly Formula[]): Formula => call('SUM', ...args);
export const min = (...args: readonly Formula[]): Formula => call('MIN', ...args);
export const max = (...args: readonly Formula[]): Formula => call('MAX', ...args);
export const average = (...args: readonly Formula[]): Formula => call('AVERAGE', ...args);
export const count = (...args: readonly Formula[]): Formula => call('COUNT', ...args);
export const countA = (...args: readonly Formula[]): Formula => call('COUNTA', ...args);
export const and = (...args: readonly Formula[]): Formula => call('AND', ...args);
export const or = (...args: readonly Formula[]): Formula => call('OR', ...args);
export const isNumber = (value: Formula): Formula => call('ISNUMBER', value);
export const rows = (range: Formula): Formula => call('ROWS', range);
export const round = (value: Formula, digits: number): Formula => call('ROUND', value, num(digits));
export const countIf = (range: Formula, test: Formula): Formula => call('COUNTIF', range, test);
export const ifError = (value: Formula, fallback: Formula): Formula => call('IFERROR', value, fallback);
export const iff = (condition: Formula, then: Formula, otherwise: Formula): Formula => call('IF', condition, then, otherwise);
export const trim = (value: Formula): Formula => call('TRIM', value);
export const sumProduct = (...arrays: readonly Formula[]): Formula => call('SUMPRODUCT', ...arrays);

/** `INDEX(range,position)` */
export const index = (range: Formula, position: Formula): Formula => call('INDEX', range, position);

/** `MATCH(value,range,1)` over ascending values, or exact (`0`). */
export function match(value: Formula, range: Formula, mode: 'ascending' | 'exact'): Formula {
  return call('MATCH', value, range, mode === 'ascending' ? '1' : '0');
}

/** The empty text `""`, what a formula shows for "nothing yet". */
export const BLANK: Formula = '""';
