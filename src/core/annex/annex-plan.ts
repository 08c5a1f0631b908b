import type { CellFormat, CellInput, EditOp, EditPlan } from '../edit-plan/edit-plan';
import { columnLetter } from '../grid/a1';
import type { AnnexLayout, FontSpec } from './annex-layout';
import { ANNEX_STAMP_FORMAT } from './official-format';

const font = (f: FontSpec) => ({ name: f.name, size: f.size, bold: f.bold });

/**
 * The edit plan that writes a laid-out annex: a new sheet (replacing an
 * earlier build of the same annex), column widths, formats, values, merges,
 * row heights and the page setup. Formats come before values: Office.js turns
 * a text such as `13939263117` into a number unless its cell is already `@`.
 */
export function annexPlan(layout: AnnexLayout): EditPlan {
  const s = layout.sheet;
  const lastCol = columnLetter(layout.columns.length - 1);
  const across = (row: number) => `A${row}:${lastCol}${row}`;
  const ops: EditOp[] = [{ op: 'addSheet', sheet: s, replace: true, activate: true }];
  const format = (range: string, f: CellFormat) => ops.push({ op: 'format', sheet: s, range, format: f });

  for (const c of layout.columns) ops.push({ op: 'columnWidth', sheet: s, column: c.letter, width: c.width });

  format('A1', { font: font(layout.fonts.label), horizontal: 'left', vertical: 'middle', numberFormat: ANNEX_STAMP_FORMAT });
  const [headerTop, headerBottom] = layout.tableRows.header;
  const [bodyTop, bodyBottom] = layout.tableRows.body;
  for (const row of layout.rows) {
    if (row.role === 'title') format(across(row.row), { font: font(layout.fonts.title), horizontal: 'center', vertical: 'middle', wrap: true });
    if (row.role === 'form') format(across(row.row), { font: font(layout.fonts.body), horizontal: 'left', vertical: 'middle', wrap: true });
    if (row.role === 'note') format(across(row.row), { font: font(layout.fonts.body), horizontal: 'left', vertical: 'top', wrap: true });
  }
  // The table: thin borders on every cell, wrapped, centred vertically (DOMAIN §5).
  format(`A${headerTop}:${lastCol}${bodyBottom}`, { font: font(layout.fonts.body), border: 'thin', wrap: true, vertical: 'middle' });
  if (bodyBottom >= bodyTop) {
    for (const c of layout.columns) {
      format(`${c.letter}${bodyTop}:${c.letter}${bodyBottom}`, { horizontal: c.align, numberFormat: c.text ? '@' : c.role === 'total' ? '0.00' : 'General' });
    }
  }
  format(`A${headerTop}:${lastCol}${headerBottom}`, { font: font(layout.fonts.header), horizontal: 'center' });
  for (const row of layout.rows) {
    if (row.role === 'section') format(across(row.row), { font: font(layout.fonts.header), horizontal: 'center' });
    else if (row.role === 'data' && row.bold) format(across(row.row), { font: { ...font(layout.fonts.body), bold: true } });
  }

  // Every row as wide as the table: a ragged block is written row by row in Excel (a range per
  // row, ≈ 300 bytes of request each), a rectangular one as one range. The sheet is new, so the
  // padding blanks nothing.
  const width = layout.columns.length;
  const values: CellInput[][] = layout.rows.map((row) => [...row.cells, ...new Array<CellInput>(Math.max(0, width - row.cells.length)).fill(null)]);
  ops.push({ op: 'setValues', sheet: s, at: 'A1', values });
  for (const range of layout.merges) ops.push({ op: 'merge', sheet: s, range });
  // One op per run of consecutive rows of one height: a 100,000-row body of one-line rows is one op.
  for (const run of heightRuns(layout.rows)) ops.push({ op: 'rowHeight', sheet: s, row: run.row, ...(run.toRow > run.row ? { toRow: run.toRow } : {}), height: run.height });
  ops.push({
    op: 'pageSetup',
    sheet: s,
    setup: {
      paperSize: 'A4',
      orientation: layout.page.orientation,
      margins: layout.page.margins,
      printTitleRows: layout.page.printTitleRows,
      footer: layout.page.footer,
      fitToWidth: layout.page.fitToWidth,
      horizontalCentered: true,
      ...(layout.page.rowBreaks.length > 0 ? { rowBreaks: layout.page.rowBreaks } : {}),
    },
  });
  return { summary: `生成${layout.sheet}：${layout.title}`, ops };
}

/** Consecutive rows of equal height, `[{row: 4, toRow: 9, height: 28.5}, …]`; rows in order, 1-based. */
function heightRuns(rows: readonly { readonly row: number; readonly height: number }[]): { row: number; toRow: number; height: number }[] {
  const runs: { row: number; toRow: number; height: number }[] = [];
  for (const { row, height } of rows) {
    const last = runs.at(-1);
    if (last && last.toRow === row - 1 && last.height === height) last.toRow = row;
    else runs.push({ row, toRow: row, height });
  }
  return runs;
}
