import { cellAddress, parseCellAddress, parseRange } from '../grid/a1';
import type { CellInput, EditOp, EditPlan } from './edit-plan';
import { fillDownTarget, filledRows } from './fill-down';

/**
 * The same plan with every `fillDown` written out as the `setValues` it amounts
 * to, for readers that know only cell writes (a formula engine in tests, a
 * preview). A fill whose source row the plan did not write itself (it fills
 * what the workbook already holds) is kept as it is: its contents are not in the plan.
 *
 * @example
 * expandFillDowns({ summary: '', ops: [
 *   { op: 'setValues', sheet: '评分表', at: 'T4', values: [[{ formula: 'SUM(C4:S4)' }]] },
 *   { op: 'fillDown', sheet: '评分表', source: 'T4', through: 6 },
 * ] }).ops[1]
 * // → { op: 'setValues', sheet: '评分表', at: 'T5', values: [[{ formula: 'SUM(C5:S5)' }], [{ formula: 'SUM(C6:S6)' }]] }
 */
export function expandFillDowns(plan: EditPlan): EditPlan {
  if (!plan.ops.some((op) => op.op === 'fillDown')) return plan;
  // What the plan has written so far, sheet → `row,col` → contents.
  const written = new Map<string, Map<string, CellInput>>();
  const cells = (sheet: string) => written.get(sheet) ?? written.set(sheet, new Map()).get(sheet)!;
  const ops = plan.ops.map((op): EditOp => {
    if (op.op === 'addSheet' || op.op === 'deleteSheet') {
      if (op.op === 'deleteSheet' || op.replace) written.delete(op.sheet);
      return op;
    }
    if (op.op === 'setValues') {
      const at = parseCellAddress(op.at);
      const sheet = cells(op.sheet);
      op.values.forEach((row, r) => row.forEach((value, c) => sheet.set(`${at.row + r},${at.col + c}`, value)));
      return op;
    }
    if (op.op !== 'fillDown') return op;
    const source = parseRange(op.source);
    const sheet = cells(op.sheet);
    const row: CellInput[] = [];
    for (let col = source.left; col <= source.right; col += 1) {
      const key = `${source.top},${col}`;
      if (!sheet.has(key)) return op;
      row.push(sheet.get(key)!);
    }
    const target = fillDownTarget(op);
    const values = filledRows(row, target.bottom - target.top + 1);
    values.forEach((filled, r) => filled.forEach((value, c) => sheet.set(`${target.top + r},${target.left + c}`, value)));
    return { op: 'setValues', sheet: op.sheet, at: cellAddress(target.top, target.left), values };
  });
  return { ...plan, ops };
}
