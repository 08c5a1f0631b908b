import type { Grid, WorkbookGrids } from '../../core/grid/grid';
import type { OfficeCapabilities } from './office-capabilities';
import type { ExcelRun } from './office-host';
import { queueCellData, type QueuedCells } from './read-cell-data';
import { queueSheetRead } from './read-sheets';
import { emptyGridRows, mergesFrom, type GridRows } from './_lib/grid-rows';
import { officeErrorCode } from './_lib/office-error';
import { jsonBytes } from './_lib/wire-cost';

/**
 * The fewest response bytes a cell costs in the one-sync read: `"",` in `values` and
 * `"General",` in `numberFormat`. Cells × this above 5 MB cannot be read in one response.
 */
export const MIN_CELL_RESPONSE_BYTES = 13;

/** What each sync's response aims at: Excel on the web refuses one above 5 MB; 20 % is left for rows longer than the ones measured. */
export const BLOCK_TARGET_BYTES = 4_000_000;

/** Bytes a cell is assumed to take before any of its sheet has been read: twenty Chinese characters and a format. */
const FIRST_GUESS_CELL_BYTES = 80;

interface PendingSheet {
  readonly name: string;
  readonly used: { readonly top: number; readonly left: number; readonly rows: number; readonly cols: number };
  readonly rows: GridRows;
  /** Rows read so far, from the top of the used range. */
  offset: number;
  /** Response bytes per row, from the blocks read so far (the largest seen). */
  rowBytes: number;
  responseBytes: number;
}

/**
 * The slow path of `readWorkbook`, for Excel on the web when the one-sync read is
 * (or would be) refused for its 5 MB response limit: one sync for the sheets' sizes,
 * then syncs of row blocks, each filled to about 4 MB from several sheets if they
 * fit. A block is sized from the bytes per row its sheet took so far, so a workbook
 * takes about ⌈its bytes / 4 MB⌉ syncs after the sizes; a sync refused all the same
 * is tried again with half as much. Syncing in a loop is what the limit forces here.
 */
export async function readInBlocks(run: ExcelRun, names: readonly string[], capabilities: OfficeCapabilities): Promise<WorkbookGrids & { readonly responseBytes: ReadonlyMap<string, number> }> {
  const sizes = await run(async (context) => {
    const reads = names.map((name) => queueSheetRead(context, name, capabilities, false));
    await context.sync();
    return reads.filter((read) => !read.sheet.isNullObject).map((read) => ({
      name: read.sheet.name,
      isProtected: read.sheet.protection.protected,
      merges: read.used.isNullObject ? [] : mergesFrom(read.merges),
      used: read.used.isNullObject ? undefined : { top: read.used.rowIndex, left: read.used.columnIndex, rows: read.used.rowCount, cols: read.used.columnCount },
    }));
  });
  const pending: PendingSheet[] = sizes.map((size) => ({
    name: size.name,
    used: size.used ?? { top: 0, left: 0, rows: 0, cols: 1 },
    rows: emptyGridRows(),
    offset: 0,
    rowBytes: (size.used?.cols ?? 1) * FIRST_GUESS_CELL_BYTES,
    responseBytes: 0,
  }));
  let budget = BLOCK_TARGET_BYTES;
  while (pending.some((sheet) => sheet.offset < sheet.used.rows)) {
    try {
      await readBlocks(run, pending, budget, capabilities);
      budget = BLOCK_TARGET_BYTES;
    } catch (error) {
      if (officeErrorCode(error) !== 'ResponsePayloadSizeLimitExceeded' || budget < 1_000) throw error;
      budget = Math.floor(budget / 2);
    }
  }
  const sheets: Grid[] = sizes.map((size, i) => ({ name: size.name, ...pending[i].rows, merges: size.merges, protected: size.isProtected }));
  return { sheets, responseBytes: new Map(pending.map((sheet) => [sheet.name, sheet.responseBytes])) };
}

/** One sync: the next rows of each sheet, in order, while the estimated response stays within `budget` (one row at least). */
async function readBlocks(run: ExcelRun, pending: PendingSheet[], budget: number, capabilities: OfficeCapabilities): Promise<void> {
  await run(async (context) => {
    const blocks: { sheet: PendingSheet; count: number; cells: QueuedCells }[] = [];
    let left = budget;
    for (const sheet of pending) {
      const remaining = sheet.used.rows - sheet.offset;
      if (remaining <= 0) continue;
      const count = Math.min(remaining, Math.floor(left / sheet.rowBytes));
      if (count <= 0 && blocks.length > 0) break;
      const rows = Math.max(1, count);
      const range = context.workbook.worksheets.getItem(sheet.name).getRangeByIndexes(sheet.used.top + sheet.offset, sheet.used.left, rows, sheet.used.cols);
      blocks.push({ sheet, count: rows, cells: queueCellData(range, capabilities) });
      left -= rows * sheet.rowBytes;
      if (left <= 0) break;
    }
    await context.sync();
    for (const { sheet, count, cells } of blocks) {
      cells.appendTo(sheet.rows, sheet.used.top + sheet.offset, sheet.used.left);
      const bytes = jsonBytes(cells.range.values) + jsonBytes(cells.range.numberFormat);
      sheet.offset += count;
      sheet.responseBytes += bytes;
      sheet.rowBytes = Math.max(bytes / count, sheet.offset === count ? 0 : sheet.rowBytes);
    }
  });
}
