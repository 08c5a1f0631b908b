import fc from 'fast-check';
import { rangeAddress } from '../../src/core/grid/a1';
import { columnCount, gridFromRows, type CellRange, type CellValue } from '../../src/core/grid/grid';
import { recognizeTables } from '../../src/core/recognize/recognize-tables';
import { summarizeTable } from '../../src/core/recognize/table-summary';

/**
 * recognizeTables never throws, and every table it returns lies inside the
 * sheet (issue 7 §4), over 10,000 generated grids. The generators are small
 * (≤ 10 rows × 6 columns) but biased towards what makes recognition hard:
 * header words, titles with counts, annex labels, note rows, repeated headers,
 * blanks, errors, numbers, dates, merges that spill past the sheet.
 */
const HEADER_WORDS = ['序号', '文明单位名称', '结对社区名单', '社区具体位置', '联系人及电话', '联系人', '联系电话', '测  评\n项目', '测评标准', '分值', '得分', '时间', '责任单位', '责任人', '目标任务', '完成时限', '组内职务', '姓名', '职务', '星级项目', '创建标准', '街道社区', '市级', '区级', '总分', '排名'];
const OTHER_TEXT = ['附件1', '附件 2:', '注：以上为参考', '计划表（淇滨区3个）', '组  长：', '张  敏', '郭小倩13939263117', '1 月', '同上', '', '　', '检查人员签字：'];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.constantFrom(...HEADER_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...OTHER_TEXT) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: -3, max: 60 }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, 1e21, 0.5) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  { weight: 1, arbitrary: fc.constantFrom({ error: '#REF!' }, { error: '#N/A' }, { error: '#DIV/0!' }) },
);

const rows = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 10 });
/** Merges anywhere, some beyond the sheet's last row or column, some degenerate. */
const merge: fc.Arbitrary<CellRange> = fc
  .record({ top: fc.nat(13), left: fc.nat(8), height: fc.nat(3), width: fc.nat(3) })
  .map(({ top, left, height, width }) => ({ top, left, bottom: top + height, right: left + width }));

/**
 * A table lies inside the sheet when its range, rows and columns are within the
 * sheet's extent: its cells, and the merged areas the workbook declares (a merge
 * makes its cells part of the sheet even when the grid's rows are shorter).
 */
function insideSheet(range: CellRange, height: number, width: number): boolean {
  return range.top >= 0 && range.left >= 0 && range.top <= range.bottom && range.left <= range.right && range.bottom < Math.max(height, 1) && range.right < Math.max(width, 1);
}

/** What is wrong with the tables of one grid, or `undefined` (plain checks: jest's expect is too slow for 10,000 runs). */
function problemWith(values: readonly (readonly CellValue[])[], merges: readonly CellRange[]): string | undefined {
  const grid = gridFromRows('表', values, merges);
  const height = Math.max(values.length, ...merges.map((m) => m.bottom + 1));
  const width = Math.max(columnCount(grid), ...merges.map((m) => m.right + 1));
  const tables = recognizeTables(grid);
  if (tables.length === 0) return 'no table at all (a sheet gives at least one, of kind unknown)';
  for (const table of tables) {
    if (table.sheet !== '表') return `sheet ${table.sheet}`;
    if (table.kind === 'unknown' && values.length === 0) continue;
    if (!insideSheet(table.range, height, width)) return `range ${JSON.stringify(table.range)} outside ${height}×${width}`;
    for (const row of [...table.dataRows, ...table.headerRows, ...table.repeatedHeaderRows, ...table.noteRows]) {
      if (!Number.isInteger(row) || row < 0 || row >= height) return `row ${row} outside ${height} rows`;
    }
    for (const column of table.columns) {
      if (column.col < table.range.left || column.col > table.range.right) return `column ${column.col} (${column.role}) outside the range`;
    }
    if (table.dataRows.some((row, i) => i > 0 && row <= table.dataRows[i - 1])) return `data rows not strictly ascending: ${table.dataRows}`;
    if (table.headerRows.some((row) => table.dataRows.includes(row))) return 'a header row counted as data';
    rangeAddress(table.range);
    summarizeTable(table);
  }
  return undefined;
}

test('over 10,000 generated grids: never throws, and every table lies inside the sheet', () => {
  fc.assert(
    fc.property(rows, fc.array(merge, { maxLength: 3 }), (values, merges) => {
      const problem = problemWith(values, merges);
      if (problem) throw new Error(problem);
    }),
    { numRuns: 10_000 },
  );
});
