import { parseRange, rangeAddress } from '../grid/a1';
import type { CellFormat, EditOp, EditPlan } from './edit-plan';
import type { PlanSnapshot, SheetSnapshot, SnapshotBlock } from './plan-snapshot';
import { opTargets, type OpTarget } from './_lib/op-targets';
import { uniformRectangles } from './_lib/uniform-rectangles';

/** The plan that undoes another, and the kinds of op it could not undo. */
export interface InversePlan {
  readonly plan: EditPlan;
  /** Ops whose previous state the snapshot does not hold (a column width, a merge, a font): left as they are. */
  readonly unrestored: readonly EditOp['op'][];
}

/** Format aspects a snapshot restores; any other aspect of a `format` op stays changed after undo. */
const RESTORED_ASPECTS: ReadonlySet<keyof CellFormat> = new Set(['numberFormat', 'fill']);

/**
 * Builds the plan that undoes `plan` (撤销上次修改), from the snapshot the host
 * read just before applying it (see `snapshotTargets`). Ops are undone in
 * reverse order: cells get back their values or formulas, number formats,
 * fills and notes; sheets the plan added are deleted; sheets it replaced or
 * deleted come back with their used range's contents and number formats.
 *
 * @example
 * // markFindings put a red fill and a note on 附件1!E27, which had neither:
 * inversePlan(markPlan, snapshot).plan.ops
 * // → [{ op: 'note', sheet: '附件1', cell: 'E27', text: null },
 * //    { op: 'format', sheet: '附件1', range: 'E27', format: { fill: null } }]
 */
export function inversePlan(plan: EditPlan, snapshot: PlanSnapshot): InversePlan {
  const targets = opTargets(plan);
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const ops: EditOp[] = [];
  const unrestored = new Set<EditOp['op']>();
  for (let i = plan.ops.length - 1; i >= 0; i--) {
    const op = plan.ops[i];
    const target = targets[i];
    const undo = undoOp(op, target, snapshot, sheets);
    ops.push(...undo.ops);
    if (!undo.complete) unrestored.add(op.op);
    if (op.op === 'format' && target.kind === 'block' && Object.keys(op.format).some((k) => !RESTORED_ASPECTS.has(k as keyof CellFormat))) {
      unrestored.add('format');
    }
  }
  return { plan: { summary: `撤销：${plan.summary}`, ops }, unrestored: [...unrestored] };
}

/** The ops that undo one op, and whether they undo all of it. */
function undoOp(op: EditOp, target: OpTarget, snapshot: PlanSnapshot, sheets: ReadonlyMap<string, SheetSnapshot>): { ops: EditOp[]; complete: boolean } {
  const none = { ops: [], complete: false };
  switch (target.kind) {
    case 'newSheet':
      return { ops: [], complete: true };
    case 'untracked':
      return none;
    case 'note': {
      const before = snapshot.notes[target.index];
      return before ? { ops: [{ op: 'note', sheet: target.sheet, cell: target.cell, text: before.text }], complete: true } : none;
    }
    case 'block': {
      const block = snapshot.blocks[target.index];
      if (!block) return none;
      // Restore what was read; an aspect the host could not read leaves the op partly undone.
      const aspects = { contents: target.contents && !!block.contents, numberFormats: target.numberFormats && !!block.numberFormats, fills: target.fills && !!block.fills };
      const complete = aspects.contents === target.contents && aspects.numberFormats === target.numberFormats && aspects.fills === target.fills;
      return { ops: restoreBlock(block, aspects), complete };
    }
    case 'sheet': {
      const before = sheets.get(target.sheet);
      if (!before) return none;
      if (!before.existed) return { ops: op.op === 'addSheet' ? [{ op: 'deleteSheet', sheet: target.sheet }] : [], complete: true };
      const content = before.used ? restoreBlock(before.used, { contents: true, numberFormats: true, fills: true, freshSheet: true }) : [];
      const merges: EditOp[] = (before.merges ?? []).map((range) => ({ op: 'merge', sheet: target.sheet, range }));
      // A replaced sheet comes back with its contents, number formats, fills and merges where the
      // snapshot has them; fonts, borders and widths are in no snapshot: say so.
      return { ops: [{ op: 'addSheet', sheet: target.sheet, replace: true }, ...content, ...merges], complete: false };
    }
  }
}

/** Writes a block back: contents in one op, number formats and fills as few uniform rectangles. */
function restoreBlock(block: SnapshotBlock, aspects: { contents: boolean; numberFormats: boolean; fills: boolean; freshSheet?: boolean }): EditOp[] {
  const range = parseRange(block.range);
  const ops: EditOp[] = [];
  const at = rangeAddress({ top: range.top, left: range.left, bottom: range.top, right: range.left });
  if (aspects.contents && block.contents) ops.push({ op: 'setValues', sheet: block.sheet, at, values: block.contents });
  if (aspects.numberFormats && block.numberFormats) {
    for (const rect of uniformRectangles(block.numberFormats, range.top, range.left)) {
      // A recreated sheet is General throughout already; an existing block needs General written back.
      if (aspects.freshSheet && rect.value === 'General') continue;
      ops.push({ op: 'format', sheet: block.sheet, range: rangeAddress(rect.range), format: { numberFormat: rect.value } });
    }
  }
  if (aspects.fills && block.fills) {
    for (const rect of uniformRectangles(block.fills, range.top, range.left)) {
      ops.push({ op: 'format', sheet: block.sheet, range: rangeAddress(rect.range), format: { fill: rect.value } });
    }
  }
  return ops;
}
