import type { PlanSnapshot, SheetSnapshot, SnapshotBlock, SnapshotTargets } from '../../core/edit-plan/plan-snapshot';
import { parseRange, rangeAddress } from '../../core/grid/a1';
import type { OfficeCapabilities } from './office-capabilities';
import { cellInputFromFormula } from './_lib/office-values';

/** Existing comments by `sheet!A1`, read before a plan when notes fall back to comments. */
export type CommentIndex = ReadonlyMap<string, { readonly id: string; readonly content: string }>;

/** A snapshot whose loads are queued; `collect` turns them into data after the sync. */
export interface QueuedSnapshot {
  collect(): PlanSnapshot;
}

/**
 * Queues the loads of an undo snapshot. The caller queues them BEFORE the
 * plan's writes in the same batch: Excel runs a batch in order, so these loads
 * see the cells as they were, and undo costs no extra `context.sync()`.
 */
export function queueSnapshot(context: Excel.RequestContext, targets: SnapshotTargets, capabilities: OfficeCapabilities, comments: CommentIndex): QueuedSnapshot {
  const worksheets = context.workbook.worksheets;
  const blocks = targets.blocks.map((target) => {
    const range = worksheets.getItem(target.sheet).getRange(target.range);
    const loads: string[] = [];
    if (target.contents) loads.push('formulas');
    if (target.numberFormats) loads.push('numberFormat');
    if (loads.length > 0) range.load(loads);
    let cellFills: OfficeExtension.ClientResult<Excel.CellProperties[][]> | undefined;
    if (target.fills) {
      if (capabilities.cellProperties) cellFills = range.getCellProperties({ format: { fill: { color: true, pattern: true } } });
      else range.format.fill.load('color');
    }
    return { target, range, cellFills };
  });
  const sheets = targets.sheets.map((name) => {
    const sheet = worksheets.getItemOrNullObject(name);
    sheet.load('name');
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(['formulas', 'numberFormat', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
    // Fills and merged areas too, so undo gives a replaced sheet (校验结果, an annex) its look back.
    const cellFills = capabilities.cellProperties ? used.getCellProperties({ format: { fill: { color: true, pattern: true } } }) : undefined;
    const merges = used.getMergedAreasOrNullObject();
    merges.areas.load(['items/rowIndex', 'items/columnIndex', 'items/rowCount', 'items/columnCount']);
    return { name, sheet, used, cellFills, merges };
  });
  const notes = targets.notes.map(({ sheet, cell }) => {
    if (!capabilities.notes) return { sheet, cell, note: undefined };
    const note = worksheets.getItem(sheet).notes.getItemOrNullObject(cell);
    note.load('content');
    return { sheet, cell, note };
  });

  return {
    collect(): PlanSnapshot {
      return {
        blocks: blocks.map(({ target, range, cellFills }): SnapshotBlock => ({
          sheet: target.sheet,
          range: target.range,
          ...(target.contents ? { contents: matrix(range.formulas, cellInputFromFormula) } : {}),
          ...(target.numberFormats ? { numberFormats: matrix(range.numberFormat, (f) => String(f)) } : {}),
          ...(target.fills ? fillsOf(range, target.range, cellFills) : {}),
        })),
        sheets: sheets.map(({ name, sheet, used, cellFills, merges }): SheetSnapshot => {
          if (sheet.isNullObject) return { name, existed: false };
          if (used.isNullObject) return { name, existed: true };
          const range = rangeAddress({ top: used.rowIndex, left: used.columnIndex, bottom: used.rowIndex + used.rowCount - 1, right: used.columnIndex + used.columnCount - 1 });
          const areas = merges.isNullObject ? [] : merges.areas.items.map((a) => rangeAddress({ top: a.rowIndex, left: a.columnIndex, bottom: a.rowIndex + a.rowCount - 1, right: a.columnIndex + a.columnCount - 1 }));
          return {
            name,
            existed: true,
            used: { sheet: name, range, contents: matrix(used.formulas, cellInputFromFormula), numberFormats: matrix(used.numberFormat, (f) => String(f)), ...(cellFills ? fillsOf(used, range, cellFills) : {}) },
            ...(areas.length > 0 ? { merges: areas } : {}),
          };
        }),
        notes: notes.map(({ sheet, cell, note }) => ({
          sheet,
          cell,
          text: note ? (note.isNullObject ? null : note.content) : comments.get(`${sheet}!${cell}`)?.content ?? null,
        })),
      };
    },
  };
}

function matrix<T>(rows: unknown[][], convert: (value: unknown) => T): T[][] {
  return rows.map((row) => row.map(convert));
}

/**
 * Per-cell fills when the host has `getCellProperties`; otherwise `format.fill.color`,
 * which is one colour for a uniform block and null for a mixed one (then undo cannot
 * restore the fills). Without cell properties Excel reports "no fill" as white.
 */
function fillsOf(range: Excel.Range, address: string, cellFills: OfficeExtension.ClientResult<Excel.CellProperties[][]> | undefined): Pick<SnapshotBlock, 'fills'> {
  if (cellFills) {
    return { fills: cellFills.value.map((row) => row.map((cell) => (!cell.format?.fill || cell.format.fill.pattern === 'None' ? null : cell.format.fill.color ?? null))) };
  }
  const color = range.format.fill.color;
  if (typeof color !== 'string') return {};
  const { top, left, bottom, right } = parseRange(address);
  const fill = color.toUpperCase() === '#FFFFFF' ? null : color;
  return { fills: Array.from({ length: bottom - top + 1 }, () => new Array<string | null>(right - left + 1).fill(fill)) };
}
