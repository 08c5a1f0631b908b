import { columnLetter, rangeAddress } from '../grid/a1';
import type { CellRange } from '../grid/grid';
import { headerBlock } from './_lib/header-block';
import { pageBreaks, splitMergesAtBreaks } from './_lib/page-breaks';
import { balanceLabel, linesHeightPt, textHeightPt } from '../grid/measure-text';
import type { AnnexLayout, AnnexLayoutRow, AnnexRowRole } from './annex-layout';
import type { AnnexCell, AnnexTable } from './annex-table';
import { fitColumns } from './fit-columns';
import { FONT_SETS, OFFICIAL_PAGE, TYPE_SIZES, type FontSetName } from './official-format';

export interface LayoutOptions {
  readonly sheet: string;
  readonly sheetNote?: string;
  readonly replaces: boolean;
  readonly number: number;
  readonly fonts?: FontSetName;
}

/**
 * Places a cleaned table on an annex sheet (GB/T 9704-2012, DOMAIN §5): row 1
 * `附件N`, row 2 empty, the title on row 3 across the table, then form lines,
 * the header (repeated on every printed page), the body and the notes.
 * Widths, page orientation and row heights are computed here; the plan only
 * writes them.
 */
export function layoutAnnex(table: AnnexTable, options: LayoutOptions): AnnexLayout {
  const fit = fitColumns(table);
  const fonts = FONT_SETS[options.fonts ?? 'installed'];
  const size = fit.fontSize;
  const width = fit.widths.reduce((a, b) => a + b, 0);
  const last = table.columns.length - 1;
  const rows: AnnexLayoutRow[] = [];
  const merges: CellRange[] = [];
  const across = (row: number): CellRange => ({ top: row, left: 0, bottom: row, right: last });
  const push = (role: AnnexRowRole, height: number, cells: readonly AnnexCell[], bold?: boolean) => {
    rows.push({ row: rows.length + 1, role, height, cells, ...(bold ? { bold } : {}) });
    return rows.length - 1;
  };

  push('label', OFFICIAL_PAGE.linePitchPt, [`附件${options.number}`]);
  push('blank', OFFICIAL_PAGE.linePitchPt, []);
  merges.push(across(push('title', Math.ceil(Math.max(OFFICIAL_PAGE.linePitchPt * 1.4, textHeightPt(table.title, width, TYPE_SIZES.title))), [table.title])));
  for (const line of table.formLines) merges.push(across(push('form', textHeightPt(line, width, size), [line])));

  const header = headerBlock(table.columns.map((c) => c.header));
  balanceHeaderCells(header, fit.widths, size);
  const headerTop = rows.length;
  header.rows.forEach((cells) => push('header', Math.max(...cells.map((v, i) => textHeightPt(v === null ? '' : String(v), fit.widths[i], size))), cells, true));
  for (const m of header.merges) merges.push({ top: m.top + headerTop, left: m.left, bottom: m.bottom + headerTop, right: m.right });

  const bodyTop = rows.length;
  table.rows.forEach((row, n) => {
    if (row.type === 'section') { merges.push(across(push('section', textHeightPt(String(row.cells[0] ?? ''), width, size), row.cells, true))); return; }
    // The top cell of a merged run is measured against the whole run (growForMerges), not its own row.
    const next = table.rows[n + 1];
    const height = Math.max(linesHeightPt(1, size), ...row.cells.map((v, i) => (v === null || next?.continues[i] ? 0 : textHeightPt(String(v), fit.widths[i], size))));
    push('data', height, row.cells, row.bold);
  });
  const bodyBottom = rows.length - 1;
  const vertical = verticalMerges(table, bodyTop);
  growForMerges(rows, vertical, table, fit.widths, size, bodyTop);
  for (const note of table.notes) merges.push(across(push('note', textHeightPt(note, width, size), [note])));

  const headerRange: [number, number] = [headerTop + 1, headerTop + header.rows.length];
  // Scaled prints (fitToWidth) paginate at a scale only the host knows: no manual breaks then.
  const breaks = fit.fitToWidth ? [] : pageBreaks(rows, table.rows, bodyTop + 1, headerRange, OFFICIAL_PAGE.textHeightMm[fit.orientation]);
  const split = splitMergesAtBreaks(vertical, breaks);
  merges.push(...split.merges);
  for (const { row, col, from } of split.repeats) {
    rows[row] = { ...rows[row], cells: rows[row].cells.map((v, i) => (i === col ? rows[from].cells[col] : v)) };
  }
  const bold = (name: string, s: number, b: boolean) => ({ name, size: s, bold: b });
  return {
    kind: table.kind,
    sheet: options.sheet,
    ...(options.sheetNote ? { sheetNote: options.sheetNote } : {}),
    replaces: options.replaces,
    number: options.number,
    title: table.title,
    page: {
      paperSize: 'A4',
      orientation: fit.orientation,
      margins: { ...OFFICIAL_PAGE.margins[fit.orientation] },
      footer: OFFICIAL_PAGE.footer,
      printTitleRows: `${headerRange[0]}:${headerRange[1]}`,
      fitToWidth: fit.fitToWidth,
      rowBreaks: breaks,
      textWidthMm: fit.textWidthMm,
      tableWidthMm: fit.tableWidthMm,
    },
    fonts: {
      label: bold(fonts.label, TYPE_SIZES.label, false),
      title: bold(fonts.title, TYPE_SIZES.title, fonts.titleBold),
      header: bold(fonts.body, size, true),
      body: bold(fonts.body, size, false),
    },
    columns: table.columns.map((c, i) => ({ letter: columnLetter(i), role: c.role, header: c.header, width: fit.widths[i], align: c.spec.align, text: !c.spec.numeric })),
    tableRows: { header: headerRange, body: [bodyTop + 1, Math.max(bodyTop, bodyBottom) + 1] },
    rows,
    merges: merges.filter((m) => m.bottom > m.top || m.right > m.left).map((m) => rangeAddress(m)),
    report: table.report,
  };
}

/** Runs of cells that continue the one above, per column, as merged areas (0-based sheet rows). */
function verticalMerges(table: AnnexTable, bodyTop: number): CellRange[] {
  const merges: CellRange[] = [];
  table.columns.forEach((_, col) => {
    let start = -1;
    table.rows.forEach((row, n) => {
      const continues = row.continues[col] === true;
      if (continues && start < 0) start = n - 1;
      const ends = !continues || n === table.rows.length - 1;
      if (start >= 0 && ends) {
        const end = continues ? n : n - 1;
        merges.push({ top: bodyTop + start, left: col, bottom: bodyTop + end, right: col });
        start = -1;
      }
    });
  });
  return merges;
}

/** A merged cell whose text needs more height than its rows give gets the difference on its last row. */
function growForMerges(rows: AnnexLayoutRow[], merges: readonly CellRange[], table: AnnexTable, widths: readonly number[], size: number, bodyTop: number): void {
  for (const m of merges) {
    if (m.top < bodyTop || m.bottom === m.top || m.left !== m.right) continue;
    const text = table.rows[m.top - bodyTop].cells[m.left];
    if (text === null) continue;
    const need = textHeightPt(String(text), widths[m.left], size);
    let have = 0;
    for (let r = m.top; r <= m.bottom; r++) have += rows[r].height;
    if (need > have) rows[m.bottom] = { ...rows[m.bottom], height: rows[m.bottom].height + (need - have) };
  }
}

/** Header cells that wrap are broken into even lines (a merged parent is measured across its columns). */
function balanceHeaderCells(header: { rows: AnnexCell[][]; merges: CellRange[] }, widths: readonly number[], size: number): void {
  header.rows.forEach((cells, level) => cells.forEach((value, col) => {
    if (typeof value !== 'string') return;
    const merge = header.merges.find((m) => m.top === level && m.left === col);
    const width = widths.slice(col, (merge ? merge.right : col) + 1).reduce((a, b) => a + b, 0);
    cells[col] = balanceLabel(value, width, size);
  }));
}
