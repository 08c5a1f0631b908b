import type { HyperFormula, RawCellContent } from 'hyperformula';
import type { CellInput, EditPlan } from '../../edit-plan/edit-plan';
import { expandFillDowns } from '../../edit-plan/expand-fill-downs';
import { cellAddress, parseCellAddress } from '../../grid/a1';
import { buildEngine, plain, type Sheets } from '../../formula/_test/hyperformula';

/**
 * Test-only adapter: applies an edit plan's `addSheet`, `setValues` and `fillDown` ops to
 * fresh HyperFormula sheets (formulas get their `=`), so the formulas the core
 * writes are computed by a real engine. Formats, validations and the like are
 * not values and are skipped here; `formulasOf` lists them for the portability scan.
 */
export interface PlanEngine {
  readonly engine: HyperFormula;
  /** The computed value at `B5` on a sheet; errors come back as their code (`#N/A`). */
  value(sheet: string, address: string): unknown;
  /** Types into cells, all at once: `{ C4: 5, D4: '按规定组织', E4: null }`. */
  set(sheet: string, cells: Readonly<Record<string, RawCellContent>>): void;
}

function raw(input: CellInput): RawCellContent {
  if (input === null || typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean') return input;
  if (input instanceof Date) return input.toISOString();
  if ('formula' in input) return `=${input.formula}`;
  return input.text;
}

export function planToHyperFormula(plan: EditPlan, others: Sheets = {}): PlanEngine {
  const sheets: Record<string, RawCellContent[][]> = { ...others };
  // Filled rows are written out, so every row the sheet computes is a formula the engine evaluates.
  for (const op of expandFillDowns(plan).ops) {
    if (op.op === 'fillDown') throw new Error(`planToHyperFormula: the plan fills ${op.source} on ${op.sheet}, which it never wrote`);
    if (op.op === 'addSheet') sheets[op.sheet] = op.replace || !sheets[op.sheet] ? [] : sheets[op.sheet];
    if (op.op === 'setValues') {
      const target = (sheets[op.sheet] ??= []);
      const at = parseCellAddress(op.at);
      op.values.forEach((row, r) => row.forEach((value, c) => {
        (target[at.row + r] ??= [])[at.col + c] = raw(value);
      }));
    }
  }
  for (const rows of Object.values(sheets)) for (let r = 0; r < rows.length; r += 1) rows[r] ??= [];
  const engine = buildEngine(sheets);
  const id = (sheet: string) => {
    const found = engine.getSheetId(sheet);
    if (found === undefined) throw new Error(`no sheet ${sheet}`);
    return found;
  };
  return {
    engine,
    value: (sheet, address) => plain(engine.getCellValue({ sheet: id(sheet), ...parseCellAddress(address) })),
    set: (sheet, cells) => {
      // One write per run of adjacent cells in a row: HyperFormula is far faster with blocks than with single cells.
      const byRow = new Map<number, Map<number, RawCellContent>>();
      for (const [address, value] of Object.entries(cells)) {
        const { row, col } = parseCellAddress(address);
        if (!byRow.has(row)) byRow.set(row, new Map());
        byRow.get(row)!.set(col, value);
      }
      engine.batch(() => {
        for (const [row, cols] of byRow) {
          const sorted = [...cols.keys()].sort((a, b) => a - b);
          let start = 0;
          for (let i = 1; i <= sorted.length; i += 1) {
            if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
            const run = sorted.slice(start, i);
            engine.setCellContents({ sheet: id(sheet), row, col: run[0] }, [run.map((c) => cols.get(c)!)]);
            start = i;
          }
        }
      });
    },
  };
}

/** Every formula a plan carries: cell formulas (filled rows included), validation sources and bounds, conditional formats. */
export function formulasOf(plan: EditPlan): { sheet: string; where: string; formula: string }[] {
  const found: { sheet: string; where: string; formula: string }[] = [];
  const strip = (f: string) => f.replace(/^=/, '');
  for (const op of expandFillDowns(plan).ops) {
    if (op.op === 'setValues') {
      const at = parseCellAddress(op.at);
      op.values.forEach((row, r) => row.forEach((value, c) => {
        if (value !== null && typeof value === 'object' && 'formula' in value) found.push({ sheet: op.sheet, where: `${at.row + r},${at.col + c}`, formula: value.formula });
      }));
    }
    if (op.op === 'validation') {
      const rule = op.rule;
      if (rule.type === 'list' && !Array.isArray(rule.source)) found.push({ sheet: op.sheet, where: op.range, formula: strip((rule.source as { formula: string }).formula) });
      if (rule.type === 'decimal') for (const bound of [rule.min, rule.max]) if (typeof bound === 'object') found.push({ sheet: op.sheet, where: op.range, formula: strip(bound.formula) });
    }
    if (op.op === 'conditionalFormat') {
      if (op.rule.type === 'expression') found.push({ sheet: op.sheet, where: op.range, formula: strip(op.rule.formula) });
      else for (const f of op.rule.formulas) found.push({ sheet: op.sheet, where: op.range, formula: strip(f) });
    }
  }
  return found;
}

/** What a plan writes on a sheet, by address (`T4`), filled rows written out; `null` where it writes nothing. */
export function planCells(plan: EditPlan, sheet: string): (address: string) => CellInput {
  const cells = new Map<string, CellInput>();
  for (const op of expandFillDowns(plan).ops) {
    if (op.op !== 'setValues' || op.sheet !== sheet) continue;
    const at = parseCellAddress(op.at);
    op.values.forEach((row, r) => row.forEach((value, c) => cells.set(cellAddress(at.row + r, at.col + c), value)));
  }
  return (address) => cells.get(address) ?? null;
}
