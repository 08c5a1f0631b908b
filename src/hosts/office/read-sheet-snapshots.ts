import type { SheetSnapshot } from '../../core/edit-plan/plan-snapshot';
import { FILL_RESULT_BYTES } from './estimate-payload';
import type { OfficeCapabilities } from './office-capabilities';
import type { ExcelRun } from './office-host';
import { SNAPSHOT_FILL_PROPERTIES, usedRangeSnapshot } from './queue-snapshot';
import { queueSheetRead } from './read-sheets';
import { mergesFrom } from './_lib/grid-rows';
import { readRowBlocks, type RowBlockSheet } from './_lib/row-blocks';
import { jsonBytes } from './_lib/wire-cost';

/** Bytes a cell's formula and format are assumed to take before a block of its sheet was read: twenty Chinese characters and a format. */
const FIRST_GUESS_CELL_BYTES = 80;

interface PendingSnapshot extends RowBlockSheet {
  readonly formulas: unknown[][];
  readonly numberFormat: unknown[][];
  readonly fills: Excel.CellProperties[][] | undefined;
}

/**
 * The undo snapshots of whole sheets (ones a plan replaces or deletes) too big for one
 * response on Excel on the web, read before the plan's write batches: one sync for each
 * sheet's used range and merged areas, then row blocks of its formulas, number formats
 * and, with `getCellProperties`, fills, each response about 4 MB (`readRowBlocks`).
 * Gives the same `SheetSnapshot` as `queueSnapshot` in one batch. `rowBytes` is what a
 * row of a sheet is expected to take (from the host's last read), when known.
 *
 * @example readSheetSnapshots(run, ['校验结果'], capabilities)
 * // 校验结果 listing 14,000 findings (10.5 MB with its fills): 1 + 3 syncs, each response ≤ 4.1 MB
 * // → Map { '校验结果' => { name: '校验结果', existed: true, used: { sheet: '校验结果', range: 'A1:G14003', contents, numberFormats, fills } } }
 */
export async function readSheetSnapshots(
  run: ExcelRun,
  names: readonly string[],
  capabilities: OfficeCapabilities,
  rowBytes: (sheet: string) => number | undefined = () => undefined,
): Promise<Map<string, SheetSnapshot>> {
  const sizes = await run(async (context) => {
    const reads = names.map((name) => queueSheetRead(context, name, capabilities, false));
    await context.sync();
    return reads.map((read) => ({
      name: read.name,
      existed: !read.sheet.isNullObject,
      used: read.sheet.isNullObject || read.used.isNullObject ? undefined : { top: read.used.rowIndex, left: read.used.columnIndex, rows: read.used.rowCount, cols: read.used.columnCount },
      merges: read.sheet.isNullObject || read.used.isNullObject ? [] : mergesFrom(read.merges),
    }));
  });
  const pending = new Map<string, PendingSnapshot>();
  for (const { name, used } of sizes) {
    if (!used) continue;
    const guess = used.cols * (FIRST_GUESS_CELL_BYTES + (capabilities.cellProperties ? FILL_RESULT_BYTES : 0));
    pending.set(name, { name, used, offset: 0, rowBytes: rowBytes(name) ?? guess, responseBytes: 0, formulas: [], numberFormat: [], fills: capabilities.cellProperties ? [] : undefined });
  }
  await readRowBlocks(run, [...pending.values()], (sheet, range) => {
    range.load(['formulas', 'numberFormat']);
    const fills = sheet.fills ? range.getCellProperties(SNAPSHOT_FILL_PROPERTIES) : undefined;
    return () => {
      // Row by row: a block may hold more rows than a spread's arguments can.
      for (const row of range.formulas) sheet.formulas.push(row);
      for (const row of range.numberFormat) sheet.numberFormat.push(row);
      if (fills) for (const row of fills.value) sheet.fills?.push(row);
      return jsonBytes(range.formulas) + jsonBytes(range.numberFormat) + (fills ? jsonBytes(fills.value) : 0);
    };
  });
  return new Map(sizes.map(({ name, existed, used, merges }): [string, SheetSnapshot] => {
    const read = pending.get(name);
    if (!existed || !used || !read) return [name, { name, existed }];
    return [name, usedRangeSnapshot(name, used, read, merges)];
  }));
}
