import type { EditPlan } from '../edit-plan';
import { blockRange } from '../block-range';
import { fillDownRange } from '../fill-down';

/** What one op of a plan needs from the snapshot, by index into the snapshot's lists. */
export type OpTarget =
  | { readonly kind: 'block'; readonly index: number; readonly sheet: string; readonly range: string; readonly contents: boolean; readonly numberFormats: boolean; readonly fills: boolean }
  | { readonly kind: 'sheet'; readonly sheet: string }
  | { readonly kind: 'note'; readonly index: number; readonly sheet: string; readonly cell: string }
  /** Writes to a sheet the plan itself added: undo deletes the sheet, nothing to restore here. */
  | { readonly kind: 'newSheet' }
  /** An op whose previous state the snapshot does not cover (column width, merge…). */
  | { readonly kind: 'untracked' };

/**
 * Walks a plan once and says, for every op, which snapshot entry restores it.
 * `snapshotTargets` and `inversePlan` both read this, so they cannot disagree.
 */
export function opTargets(plan: EditPlan): OpTarget[] {
  const added = new Set<string>();
  let blocks = 0;
  let notes = 0;
  return plan.ops.map((op): OpTarget => {
    if (op.op === 'addSheet' || op.op === 'deleteSheet') {
      const wasAdded = added.has(op.sheet);
      if (op.op === 'addSheet') added.add(op.sheet);
      else added.delete(op.sheet);
      return wasAdded ? { kind: 'newSheet' } : { kind: 'sheet', sheet: op.sheet };
    }
    if (added.has(op.sheet)) return { kind: 'newSheet' };
    switch (op.op) {
      case 'setValues':
        return { kind: 'block', index: blocks++, sheet: op.sheet, range: blockRange(op.at, op.values), contents: true, numberFormats: false, fills: false };
      case 'fillDown':
        // The rows it fills, not its source: the source is only read.
        return { kind: 'block', index: blocks++, sheet: op.sheet, range: fillDownRange(op), contents: true, numberFormats: false, fills: false };
      case 'format': {
        const numberFormats = op.format.numberFormat !== undefined;
        const fills = op.format.fill !== undefined;
        if (!numberFormats && !fills) return { kind: 'untracked' };
        return { kind: 'block', index: blocks++, sheet: op.sheet, range: op.range, contents: false, numberFormats, fills };
      }
      case 'note':
        return { kind: 'note', index: notes++, sheet: op.sheet, cell: op.cell };
      default:
        return { kind: 'untracked' };
    }
  });
}
