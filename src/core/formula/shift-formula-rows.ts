/**
 * Moves an A1 formula (written without its `=`) down or up by whole rows, as
 * Excel does when it fills or copies a formula to another row: a relative row
 * (`B5`, `$B5`, `5:5`) moves, an anchored one (`B$5`, `$Y$5`, `$5:$5`) stays.
 * Columns never move. Text in quotes, quoted sheet names (`'附件 1'!`,
 * `'O''Brien'!`), names in brackets, error literals and function names that
 * look like cells (`LOG10(`, `ATAN2(`) are left exactly as written. A
 * reference pushed off the sheet becomes `#REF!`, as in Excel.
 *
 * @example shiftFormulaRows('IF(U4="","",SUMPRODUCT(($U$4:$U$49>U4)*1)+1)', 2)
 * // 'IF(U6="","",SUMPRODUCT(($U$4:$U$49>U6)*1)+1)'
 * @example shiftFormulaRows("'附件 1'!A3&\"A3\"", 1) // "'附件 1'!A4&\"A3\""
 */
export function shiftFormulaRows(formula: string, rows: number): string {
  return rowShifter(formula)(rows);
}

/**
 * Parses a formula once and returns a function that writes it moved by any
 * number of rows: what a host filling 100,000 rows with the same formula wants.
 *
 * @example const at = rowShifter('SUM(C4:Q4)'); at(1) // 'SUM(C5:Q5)'; at(2) // 'SUM(C6:Q6)'
 */
export function rowShifter(formula: string): (rows: number) => string {
  const parts = parse(formula);
  const fixed = parts.every((p) => typeof p === 'string');
  return (rows) => {
    if (!Number.isSafeInteger(rows)) throw new RangeError(`rows must be an integer, got ${rows}`);
    if (rows === 0 || fixed) return formula;
    let out = '';
    for (const part of parts) out += typeof part === 'string' ? part : moveReference(part, rows);
    return out;
  };
}

/**
 * A reference that moves: its sheet prefix as written (`'附件 1'!`, or empty),
 * its first end, and for a range the text between the ends (`:`, or `:Data!`
 * in `Data!A1:Data!B2`) and the last end.
 */
interface Movable {
  readonly prefix: string;
  readonly first: End;
  readonly range?: { readonly between: string; readonly last: End };
}

function moveReference(ref: Movable, rows: number): string {
  const a = ref.first.moved(rows);
  const b = ref.range?.last.moved(rows);
  // Off the sheet: Excel writes #REF! in place of the whole reference, sheet names included.
  if (a === undefined || (ref.range && b === undefined)) return REF_ERROR;
  return `${ref.prefix}${a}${ref.range ? `${ref.range.between}${b}` : ''}`;
}

/** The formula as text that never moves and references that may. */
function parse(formula: string): (string | Movable)[] {
  const parts: (string | Movable)[] = [];
  let text = '';
  const keep = (from: number, to: number) => {
    text += formula.slice(from, to);
    return to;
  };
  const push = (ref: Movable) => {
    if (text) parts.push(text);
    text = '';
    parts.push(ref);
  };
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      i = keep(i, closingQuote(formula, i));
    } else if (ch === '[') {
      i = keep(i, closingBracket(formula, i));
    } else if (ch === '#') {
      // Error literals: #REF!, #DIV/0!, #N/A, #NAME?; their `!` is no sheet separator.
      i = keep(i, i + 1 + (ERROR_LITERAL.exec(formula.slice(i + 1, i + 16))?.[0].length ?? 0));
    } else if (ch === "'" || isWordChar(ch)) {
      const found = reference(formula, i);
      if (found) {
        push(found.ref);
        i = found.end;
      } else {
        // Not a reference: a name, a function, a number, a quoted name; a sheet prefix is kept with its `!`.
        const nameEnd = ch === "'" ? closingQuote(formula, i) : wordEnd(formula, i);
        i = keep(i, formula[nameEnd] === '!' ? nameEnd + 1 : nameEnd);
      }
    } else {
      i = keep(i, i + 1);
    }
  }
  if (text) parts.push(text);
  return parts;
}

const REF_ERROR = '#REF!';
/** After `#`: `N/A`, `DIV/0!`, or a word and its `!` or `?` (`REF!`, `NAME?`, `GETTING_DATA`). */
const ERROR_LITERAL = /^(?:N\/A|DIV\/0!|[A-Za-z_]+[!?]?)/i;
/** Excel's grid since 2007: 1,048,576 rows, 16,384 columns (XFD). */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
const ROW = /^(\$?)(\d+)$/;

/** One end of a reference: a cell (`$B5`) or a whole row (`$5`). */
interface End {
  /** The end as written once moved; `undefined` when moved off the sheet. */
  moved(rows: number): string | undefined;
  readonly kind: 'cell' | 'row';
}

/** The end a word is, if it is one: `B5`, `$XFD$1048576`, `7`; not `XFE1`, `LOGO10000000`. */
function end(word: string): End | undefined {
  const cell = CELL.exec(word);
  if (cell && columnNumber(cell[2]) <= MAX_COLUMN && inGrid(Number(cell[4]))) {
    const [, colAnchor, letters, rowAnchor, digits] = cell;
    return { kind: 'cell', moved: (rows) => movedRow(rowAnchor, digits, rows, (row) => `${colAnchor}${letters}${rowAnchor}${row}`, word) };
  }
  const row = ROW.exec(word);
  if (row && inGrid(Number(row[2]))) {
    const [, anchor, digits] = row;
    return { kind: 'row', moved: (rows) => movedRow(anchor, digits, rows, (r) => `${anchor}${r}`, word) };
  }
  return undefined;
}

function movedRow(anchor: string, digits: string, rows: number, write: (row: number) => string, written: string): string | undefined {
  if (anchor === '$') return written;
  const row = Number(digits) + rows;
  return inGrid(row) ? write(row) : undefined;
}

/**
 * The reference starting at `start`: a cell, a cell range `A1:B2` or a row
 * range `3:5`, each end with or without a sheet prefix (`'附件 1'!A3`); `undefined`
 * when none starts there. Whole columns (`A:C`) have no row and stay text, as do
 * lone numbers (`12`), function names (`LOG10(`) and tables (`表1[得分]`).
 */
function reference(formula: string, start: number): { ref: Movable; end: number } | undefined {
  const first = endAt(formula, start);
  if (!first) return undefined;
  const prefix = formula.slice(start, first.start);
  if (formula[first.stop] === ':') {
    const last = endAt(formula, first.stop + 1);
    if (last && last.end.kind === first.end.kind) {
      return { ref: { prefix, first: first.end, range: { between: formula.slice(first.stop, last.start), last: last.end } }, end: last.stop };
    }
  }
  // A lone number (`12`) is no reference: whole rows come in pairs (`12:12`).
  return first.end.kind === 'cell' ? { ref: { prefix, first: first.end }, end: first.stop } : undefined;
}

/** The end at `start`, after its sheet prefix if any: where the end itself starts and stops. */
function endAt(formula: string, start: number): { end: End; start: number; stop: number } | undefined {
  let at = start;
  const quoted = formula[start] === "'";
  if (quoted || isWordChar(formula[start] ?? '')) {
    const nameEnd = quoted ? closingQuote(formula, start) : wordEnd(formula, start);
    if (formula[nameEnd] === '!') at = nameEnd + 1;
    else if (quoted) return undefined;
  }
  if (!isWordChar(formula[at] ?? '')) return undefined;
  const stop = wordEnd(formula, at);
  const found = end(formula.slice(at, stop));
  if (!found || callOrTable(formula[stop]) || formula[stop] === '!') return undefined;
  return { end: found, start: at, stop };
}

/** A name followed by `(` is a function (`LOG10(`), by `[` a table (`表1[得分]`): neither is a cell. */
function callOrTable(next: string | undefined): boolean {
  return next === '(' || next === '[';
}

function inGrid(row: number): boolean {
  return row >= 1 && row <= MAX_ROW;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Letters of any script, digits, `_`, `.`, `\`, `$` and surrogate halves (𠀋): what names, cells and numbers are made of. */
function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  // ASCII without a regex: hosts move a formula once per filled row, 100,000 times.
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || ch === '_' || ch === '.' || ch === '\\' || ch === '$';
  return /[\p{L}\p{N}\uD800-\uDFFF]/u.test(ch);
}

function wordEnd(formula: string, start: number): number {
  let i = start;
  while (i < formula.length && isWordChar(formula[i])) i += 1;
  // `1E+5`, `2.5e-3`: the exponent's sign belongs to the number, not to an operator before a reference.
  if (/^\d+(\.\d*)?[eE]$/.test(formula.slice(start, i)) && /[+-]/.test(formula[i] ?? '') && /\d/.test(formula[i + 1] ?? '')) {
    i += 1;
    while (i < formula.length && /\d/.test(formula[i])) i += 1;
  }
  return i;
}

/** Index just past the quote that closes the one at `start` (`""` and `''` are escaped quotes); the end when unclosed. */
function closingQuote(formula: string, start: number): number {
  const quote = formula[start];
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] === quote) {
      if (formula[i + 1] === quote) i += 2;
      else return i + 1;
    } else {
      i += 1;
    }
  }
  return formula.length;
}

/** Index just past the `]` that closes the `[` at `start`, brackets nested (`表1[[#此行],[得分]]`). */
function closingBracket(formula: string, start: number): number {
  let depth = 0;
  for (let i = start; i < formula.length; i += 1) {
    if (formula[i] === '[') depth += 1;
    else if (formula[i] === ']' && --depth === 0) return i + 1;
  }
  return formula.length;
}
