import type { Grid, WorkbookGrids } from '../../core/grid/grid';
import type { OfficeCapabilities } from './office-capabilities';
import type { ExcelRun } from './office-host';
import { queueSheetRead } from './read-sheets';
import { appendBlock, emptyGridRows, mergesFrom } from './_lib/grid-rows';

/** Cells per block: values, types and formats of 50,000 cells stay well below 5 MB. */
export const BLOCK_CELLS = 50_000;

/**
 * The slow path of `readWorkbook`, taken only when Excel on the web refused the
 * one-sync read for exceeding its 5 MB response limit: one sync for the sheets'
 * sizes, then one per block of rows. Syncing in a loop is what the limit forces here.
 */
export async function readInBlocks(run: ExcelRun, names: readonly string[], capabilities: OfficeCapabilities): Promise<WorkbookGrids> {
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
  const sheets: Grid[] = [];
  for (const size of sizes) {
    const rows = emptyGridRows();
    const used = size.used;
    if (used) {
      const step = Math.max(1, Math.floor(BLOCK_CELLS / used.cols));
      for (let offset = 0; offset < used.rows; offset += step) {
        const count = Math.min(step, used.rows - offset);
        await run(async (context) => {
          const range = context.workbook.worksheets.getItem(size.name).getRangeByIndexes(used.top + offset, used.left, count, used.cols);
          range.load(['values', 'valueTypes', 'numberFormat']);
          await context.sync();
          appendBlock(rows, used.top + offset, used.left, range.values, range.valueTypes as string[][], range.numberFormat);
        });
      }
    }
    sheets.push({ name: size.name, ...rows, merges: size.merges, protected: size.isProtected });
  }
  return { sheets };
}
