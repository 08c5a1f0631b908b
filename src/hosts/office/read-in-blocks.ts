import type { Grid, WorkbookGrids } from '../../core/grid/grid';
import type { OfficeCapabilities } from './office-capabilities';
import type { ExcelRun } from './office-host';
import { queueCellData } from './read-cell-data';
import { queueSheetRead } from './read-sheets';
import { emptyGridRows, mergesFrom, type GridRows } from './_lib/grid-rows';
import { readRowBlocks, type RowBlockSheet } from './_lib/row-blocks';
import { jsonBytes } from './_lib/wire-cost';

/**
 * The fewest response bytes a cell costs in the one-sync read: `"",` in `values` and
 * `"General",` in `numberFormat`. Cells × this above 5 MB cannot be read in one response.
 */
export const MIN_CELL_RESPONSE_BYTES = 13;

/** Bytes a cell is assumed to take before any of its sheet has been read: twenty Chinese characters and a format. */
const FIRST_GUESS_CELL_BYTES = 80;

interface PendingSheet extends RowBlockSheet {
  readonly rows: GridRows;
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
  await readRowBlocks(run, pending, (sheet, range, top) => {
    const cells = queueCellData(range, capabilities);
    return () => {
      cells.appendTo(sheet.rows, top, sheet.used.left);
      return jsonBytes(cells.range.values) + jsonBytes(cells.range.numberFormat);
    };
  });
  const sheets: Grid[] = sizes.map((size, i) => ({ name: size.name, ...pending[i].rows, merges: size.merges, protected: size.isProtected }));
  return { sheets, responseBytes: new Map(pending.map((sheet) => [sheet.name, sheet.responseBytes])) };
}

