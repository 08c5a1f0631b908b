import type { PlanSnapshot, SheetSnapshot, SnapshotBlock, SnapshotTargets } from '../../core/edit-plan/plan-snapshot';
import { parseRange, rangeAddress } from '../../core/grid/a1';
import type { CellRange } from '../../core/grid/grid';
import type { OfficeCapabilities } from './office-capabilities';
import { mergesFrom } from './_lib/grid-rows';
import { cellInputFromFormula } from './_lib/office-values';

/** Existing comments by `sheet!A1`, read before a plan when notes fall back to comments. */
export type CommentIndex = ReadonlyMap<string, { readonly id: string; readonly content: string }>;

/** What `getCellProperties` loads for a snapshot's fills: colour and pattern (a pattern of `None` is no fill). */
export const SNAPSHOT_FILL_PROPERTIES: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true, pattern: true } } };

/** A snapshot whose loads are queued; `collect` turns them into data after the sync. */
export interface QueuedSnapshot {
  collect(): PlanSnapshot;
}

/**
 * Queues the loads of an undo snapshot. The caller queues them BEFORE the
 * plan's writes in the same batch: Excel runs a batch in order, so these loads
 * see the cells as they were, and undo costs no extra `context.sync()`. Sheets in
 * `readBefore` (read ahead of the batch, see `readSheetSnapshots`) are not loaded again.
 */
export function queueSnapshot(context: Excel.RequestContext, targets: SnapshotTargets, capabilities: OfficeCapabilities, comments: CommentIndex, readBefore: ReadonlyMap<string, SheetSnapshot> = new Map()): QueuedSnapshot {
  const worksheets = context.workbook.worksheets;
  const blocks = targets.blocks.map((target) => {
    const range = worksheets.getItem(target.sheet).getRange(target.range);
    const loads: string[] = [];
    if (target.contents) loads.push('formulas');
    if (target.numberFormats) loads.push('numberFormat');
    if (loads.length > 0) range.load(loads);
    let cellFills: OfficeExtension.ClientResult<Excel.CellProperties[][]> | undefined;
    if (target.fills) {
      if (capabilities.cellProperties) cellFills = range.getCellProperties(SNAPSHOT_FILL_PROPERTIES);
      else range.format.fill.load('color');
    }
    return { target, range, cellFills };
  });
  // A sheet read before the batch (too big for its response, see `readSheetSnapshots`) is not read again.
  const sheets = targets.sheets.filter((name) => !readBefore.has(name)).map((name) => {
    const sheet = worksheets.getItemOrNullObject(name);
    sheet.load('name');
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(['formulas', 'numberFormat', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
    // Fills and merged areas too, so undo gives a replaced sheet (校验结果, an annex) its look back.
    const cellFills = capabilities.cellProperties ? used.getCellProperties(SNAPSHOT_FILL_PROPERTIES) : undefined;
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
        sheets: targets.sheets.map((name) => readBefore.get(name) ?? queuedSheet(sheets.find((s) => s.name === name)!)),
        notes: notes.map(({ sheet, cell, note }) => ({
          sheet,
          cell,
          text: note ? (note.isNullObject ? null : note.content) : comments.get(`${sheet}!${cell}`)?.content ?? null,
        })),
      };
    },
  };
}

/** A whole sheet's snapshot after the sync: whether it existed, its used range, its merged areas. */
function queuedSheet({ name, sheet, used, cellFills, merges }: { name: string; sheet: Excel.Worksheet; used: Excel.Range; cellFills?: OfficeExtension.ClientResult<Excel.CellProperties[][]>; merges: Excel.RangeAreas }): SheetSnapshot {
  if (sheet.isNullObject) return { name, existed: false };
  if (used.isNullObject) return { name, existed: true };
  const position = { top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
  return usedRangeSnapshot(name, position, { formulas: used.formulas, numberFormat: used.numberFormat, fills: cellFills?.value }, mergesFrom(merges));
}

/**
 * The snapshot of a sheet that existed and was not empty, from its used range's loads
 * (at `position`, 0-based): contents, number formats, fills where they were read per cell
 * (`getCellProperties`), merged areas. One batch or row blocks, the same snapshot.
 */
export function usedRangeSnapshot(
  name: string,
  position: { readonly top: number; readonly left: number; readonly rows: number; readonly cols: number },
  loaded: { readonly formulas: unknown[][]; readonly numberFormat: unknown[][]; readonly fills?: Excel.CellProperties[][] },
  merges: readonly CellRange[],
): SheetSnapshot {
  const range = rangeAddress({ top: position.top, left: position.left, bottom: position.top + position.rows - 1, right: position.left + position.cols - 1 });
  return {
    name,
    existed: true,
    used: {
      sheet: name,
      range,
      contents: matrix(loaded.formulas, cellInputFromFormula),
      numberFormats: matrix(loaded.numberFormat, (f) => String(f)),
      ...(loaded.fills ? { fills: cellPropertyFills(loaded.fills) } : {}),
    },
    ...(merges.length > 0 ? { merges: merges.map((area) => rangeAddress(area)) } : {}),
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
  if (cellFills) return { fills: cellPropertyFills(cellFills.value) };
  const color = range.format.fill.color;
  if (typeof color !== 'string') return {};
  const { top, left, bottom, right } = parseRange(address);
  const fill = color.toUpperCase() === '#FFFFFF' ? null : color;
  return { fills: Array.from({ length: bottom - top + 1 }, () => new Array<string | null>(right - left + 1).fill(fill)) };
}

/** `#RRGGBB` per cell from `getCellProperties`, null where a cell has no fill. */
function cellPropertyFills(cells: Excel.CellProperties[][]): (string | null)[][] {
  return cells.map((row) => row.map((cell) => (!cell.format?.fill || cell.format.fill.pattern === 'None' ? null : cell.format.fill.color ?? null)));
}
