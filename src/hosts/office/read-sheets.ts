import type { Grid } from '../../core/grid/grid';
import type { OfficeCapabilities } from './office-capabilities';
import { queueCellData, type QueuedCells } from './read-cell-data';
import { emptyGridRows, mergesFrom } from './_lib/grid-rows';

/** The proxies queued for one sheet; they hold data only after the batch's `context.sync()`. */
export interface QueuedSheetRead {
  readonly name: string;
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  /** The used range's cells, when they were asked for. */
  readonly cells?: QueuedCells;
  readonly merges?: Excel.RangeAreas;
}

/**
 * Queues, without syncing, every load `readWorkbook` needs from one sheet:
 * the used range's cells (values, number formats, where the errors are; see
 * `queueCellData`), its merged areas (ExcelApi 1.13) and the sheet's protection.
 * The caller syncs once for all sheets (Microsoft, "Excel JavaScript API
 * performance": never sync in a loop). With `cellData: false` only the used
 * range's position and size are loaded.
 */
export function queueSheetRead(context: Excel.RequestContext, name: string, capabilities: OfficeCapabilities, cellData = true): QueuedSheetRead {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  sheet.load('name');
  sheet.protection.load('protected');
  // valuesOnly: a cell with only a border does not widen the grid.
  const used = sheet.getUsedRangeOrNullObject(true);
  let cells: QueuedCells | undefined;
  if (cellData) cells = queueCellData(used, capabilities, ['rowIndex', 'columnIndex']);
  else used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
  if (!capabilities.mergedAreas) return { name, sheet, used, cells };
  const merges = used.getMergedAreasOrNullObject();
  merges.areas.load(['items/rowIndex', 'items/columnIndex', 'items/rowCount', 'items/columnCount']);
  return { name, sheet, used, cells, merges };
}

/** After the sync: the grid of a queued sheet, or `undefined` when the sheet does not exist. */
export function gridFromQueuedRead(read: QueuedSheetRead): Grid | undefined {
  if (read.sheet.isNullObject) return undefined;
  const rows = emptyGridRows();
  const isProtected = read.sheet.protection.protected;
  if (read.used.isNullObject) return { name: read.sheet.name, ...rows, merges: [], protected: isProtected };
  read.cells?.appendTo(rows, read.used.rowIndex, read.used.columnIndex);
  return { name: read.sheet.name, ...rows, merges: mergesFrom(read.merges), protected: isProtected };
}
