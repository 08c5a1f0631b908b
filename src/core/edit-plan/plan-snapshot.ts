import { opTargets } from './_lib/op-targets';
import type { CellInput, EditPlan } from './edit-plan';

/**
 * What a host must read, just before it applies a plan, so that the plan can
 * be undone (撤销上次修改). Hosts read these targets in the same batch as the
 * writes, queued first, so the snapshot costs no extra round trip in Excel.
 */
export interface SnapshotTargets {
  /** Cell blocks the plan overwrites, on sheets that exist before the plan runs. */
  readonly blocks: readonly SnapshotTarget[];
  /** Sheets the plan adds or deletes: the host says whether each existed and reads its used range. */
  readonly sheets: readonly string[];
  /** Cells whose note the plan sets or removes. */
  readonly notes: readonly { readonly sheet: string; readonly cell: string }[];
}

/** One block to read, with the aspects the plan changes there. */
export interface SnapshotTarget {
  readonly sheet: string;
  /** A1 range, `B3:E49`. */
  readonly range: string;
  readonly contents: boolean;
  readonly numberFormats: boolean;
  readonly fills: boolean;
}

/** A block as the host read it, parallel to its target; arrays are `[row][col]` over the range. */
export interface SnapshotBlock {
  readonly sheet: string;
  readonly range: string;
  /** Values and formulas (`{ formula: 'SUM(C4:C9)' }`), so formulas come back as formulas. */
  readonly contents?: readonly (readonly CellInput[])[];
  readonly numberFormats?: readonly (readonly string[])[];
  /** `#RRGGBB`, or `null` for no fill. */
  readonly fills?: readonly (readonly (string | null)[])[];
}

/** A sheet the plan adds or deletes, as it was before. */
export interface SheetSnapshot {
  readonly name: string;
  readonly existed: boolean;
  /** Its used range (contents and number formats, fills where the host reads them), when it existed and was not empty. */
  readonly used?: SnapshotBlock;
  /** Its merged areas (`A1:E1`), where the host reads them. */
  readonly merges?: readonly string[];
}

/** Everything the host read before applying a plan. */
export interface PlanSnapshot {
  /** Parallel to `SnapshotTargets.blocks`. */
  readonly blocks: readonly SnapshotBlock[];
  readonly sheets: readonly SheetSnapshot[];
  /** Parallel to `SnapshotTargets.notes`; `null` where the cell had no note. Empty when the host cannot read notes. */
  readonly notes: readonly { readonly sheet: string; readonly cell: string; readonly text: string | null }[];
}

/**
 * Lists what to read before `plan` runs. Writes to a sheet the plan itself
 * adds need no snapshot: undo deletes that sheet.
 *
 * @example snapshotTargets({ summary: '标注', ops: [{ op: 'format', sheet: '附件1', range: 'E27', format: { fill: '#FFC7CE' } }] })
 * // → { blocks: [{ sheet: '附件1', range: 'E27', contents: false, numberFormats: false, fills: true }], sheets: [], notes: [] }
 */
export function snapshotTargets(plan: EditPlan): SnapshotTargets {
  const blocks: SnapshotTarget[] = [];
  const sheets: string[] = [];
  const notes: { sheet: string; cell: string }[] = [];
  for (const target of opTargets(plan)) {
    if (target.kind === 'block') {
      const { sheet, range, contents, numberFormats, fills } = target;
      blocks.push({ sheet, range, contents, numberFormats, fills });
    } else if (target.kind === 'sheet' && !sheets.includes(target.sheet)) {
      sheets.push(target.sheet);
    } else if (target.kind === 'note') {
      notes.push({ sheet: target.sheet, cell: target.cell });
    }
  }
  return { blocks, sheets, notes };
}
