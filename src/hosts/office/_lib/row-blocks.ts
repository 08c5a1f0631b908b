import type { ExcelRun } from '../office-host';
import { officeErrorCode } from './office-error';

/** What each sync's response aims at: Excel on the web refuses one above 5 MB; 20 % is left for rows longer than the ones measured. */
export const BLOCK_TARGET_BYTES = 4_000_000;

/** A used range read a block of rows at a time, from its top. */
export interface RowBlockSheet {
  readonly name: string;
  /** The used range, 0-based. */
  readonly used: { readonly top: number; readonly left: number; readonly rows: number; readonly cols: number };
  /** Rows read so far, from the top of the used range. */
  offset: number;
  /** Response bytes per row: a first guess, then the largest a block of this sheet measured. */
  rowBytes: number;
  /** Response bytes of the blocks read so far. */
  responseBytes: number;
}

/**
 * Queues the loads of one block of `sheet` (`range`, whose first row is the sheet's row `top`);
 * the function it returns runs after the sync, keeps what came back and says how many bytes it was.
 */
export type QueueRowBlock<S extends RowBlockSheet> = (sheet: S, range: Excel.Range, top: number) => () => number;

/**
 * Reads every pending sheet's used range in row blocks, several sheets to a sync while
 * they fit, each sync's response estimated at about `BLOCK_TARGET_BYTES` from the bytes
 * per row measured so far; a sync refused all the same (`ResponsePayloadSizeLimitExceeded`)
 * is tried again with half as much. Syncing in a loop is what Excel on the web's 5 MB
 * response limit forces here; a workbook takes about ⌈its bytes / 4 MB⌉ syncs.
 */
export async function readRowBlocks<S extends RowBlockSheet>(run: ExcelRun, pending: readonly S[], queueBlock: QueueRowBlock<S>): Promise<void> {
  let budget = BLOCK_TARGET_BYTES;
  while (pending.some((sheet) => sheet.offset < sheet.used.rows)) {
    try {
      await readBlocks(run, pending, budget, queueBlock);
      budget = BLOCK_TARGET_BYTES;
    } catch (error) {
      if (officeErrorCode(error) !== 'ResponsePayloadSizeLimitExceeded' || budget < 1_000) throw error;
      budget = Math.floor(budget / 2);
    }
  }
}

/** One sync: the next rows of each sheet, in order, while the estimated response stays within `budget` (one row at least). */
async function readBlocks<S extends RowBlockSheet>(run: ExcelRun, pending: readonly S[], budget: number, queueBlock: QueueRowBlock<S>): Promise<void> {
  await run(async (context) => {
    const blocks: { sheet: S; count: number; take: () => number }[] = [];
    let left = budget;
    for (const sheet of pending) {
      const remaining = sheet.used.rows - sheet.offset;
      if (remaining <= 0) continue;
      const count = Math.min(remaining, Math.floor(left / sheet.rowBytes));
      if (count <= 0 && blocks.length > 0) break;
      const rows = Math.max(1, count);
      const top = sheet.used.top + sheet.offset;
      const range = context.workbook.worksheets.getItem(sheet.name).getRangeByIndexes(top, sheet.used.left, rows, sheet.used.cols);
      blocks.push({ sheet, count: rows, take: queueBlock(sheet, range, top) });
      left -= rows * sheet.rowBytes;
      if (left <= 0) break;
    }
    await context.sync();
    for (const { sheet, count, take } of blocks) {
      const bytes = take();
      sheet.offset += count;
      sheet.responseBytes += bytes;
      sheet.rowBytes = Math.max(bytes / count, sheet.offset === count ? 0 : sheet.rowBytes);
    }
  });
}
