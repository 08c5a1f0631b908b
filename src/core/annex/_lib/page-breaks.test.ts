import type { AnnexLayoutRow } from '../annex-layout';
import type { AnnexRow } from '../annex-table';
import { pageBreaks, splitMergesAtBreaks } from './page-breaks';

const layoutRows = (heights: number[]): AnnexLayoutRow[] => heights.map((height, i) => ({ row: i + 1, role: i < 4 ? 'title' : 'data', height, cells: [] }));
const body = (continues: boolean[]): AnnexRow[] => continues.map((c) => ({ type: 'data', cells: [null], continues: [c], bold: false }));

describe('pageBreaks', () => {
  // 100 mm pages hold 277 pt; rows 1–3 above the table, row 4 the header (20 pt), body from row 5.
  test('a merged category moves whole to the next page', () => {
    const rows = layoutRows([30, 30, 40, 20, 60, 60, 60, 60]);
    expect(pageBreaks(rows, body([false, false, true, true]), 5, [4, 4], 100)).toEqual([5]);
  });

  test('rows that fit need no break; a block taller than a page breaks between its rows', () => {
    expect(pageBreaks(layoutRows([30, 30, 40, 20, 50, 50]), body([false, false]), 5, [4, 4], 100)).toEqual([]);
    expect(pageBreaks(layoutRows([30, 30, 40, 20, 150, 150, 150]), body([false, true, true]), 5, [4, 4], 100)).toEqual([5, 6]);
  });
});

describe('splitMergesAtBreaks', () => {
  test('each page keeps its own part of a category, the text repeated', () => {
    expect(splitMergesAtBreaks([{ top: 4, left: 0, bottom: 7, right: 0 }, { top: 0, left: 0, bottom: 0, right: 3 }], [6])).toEqual({
      merges: [{ top: 4, left: 0, bottom: 5, right: 0 }, { top: 6, left: 0, bottom: 7, right: 0 }, { top: 0, left: 0, bottom: 0, right: 3 }],
      repeats: [{ row: 6, col: 0, from: 4 }],
    });
  });
});
