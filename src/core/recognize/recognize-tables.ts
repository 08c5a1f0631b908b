import type { CellRange, Grid, WorkbookGrids } from '../grid/grid';
import type { ColumnRole, TableKind } from './table-kind';
import { buildMergeIndex, type MergeIndex } from './_lib/merge-index';
import { filledWithin, profileRow, singleText, type RowProfile } from './_lib/row-profile';
import { bindColumns, headerCandidate, isBandAboveHeader, isSubHeaderRow, type HeaderCandidate } from './find-header-rows';
import { findHeaderlessRosters } from './find-headerless-rosters';
import { findHeaderlessLists } from './find-headerless-lists';
import { findHeaderlessOutlines } from './find-headerless-outlines';
import { signatureOf, type KindSignature } from './kind-signatures';
import { cellText } from '../grid/cell-text';
import type { ColumnBinding, RecognizedTable } from './recognized-table';
import { readTitleBlock, type TitleBlock } from './title-block';
import { isNoteRow } from './note-row';
import { isHeaderAuxiliaryRow } from './auxiliary-row';

/** Every table of every sheet, in tab order; a sheet with no table gives one `unknown` entry. */
export function recognizeWorkbook(workbook: WorkbookGrids): RecognizedTable[] {
  return workbook.sheets.flatMap((grid) => recognizeTables(grid));
}

interface OpenTable {
  candidate: HeaderCandidate;
  headerRows: number[];
  left: number;
  right: number;
  columns: ColumnBinding[];
  block: TitleBlock;
  repeatedHeaderRows: number[];
  /** Weight, unit or column-number rows under a header: neither header nor data. */
  auxiliaryRows: number[];
}

/**
 * Finds the campaign tables on one sheet (DOMAIN §1): header rows by their
 * words, two-row headers, repeated headers (not data), several tables with
 * their own titles, the annex label and declared count above each, note rows
 * below. Never throws on odd input; a sheet with nothing recognisable gives a
 * single table of kind `unknown`.
 *
 * @example recognizeTables(grid)[0] // { kind: 'pairing-plan', title: '文明单位结对社区共建活动计划表（淇滨区46个）', declaredCount: 46, … }
 */
export function recognizeTables(grid: Grid): RecognizedTable[] {
  const profiles: RowProfile[] = grid.values.map((_, row) => profileRow(grid, row));
  const merges = buildMergeIndex(grid);
  const opened = openTables(grid, profiles, merges);

  const tables: RecognizedTable[] = opened.map((table, i) => {
    const next = opened[i + 1];
    const end = next ? next.block.firstRow - 1 : profiles.length - 1;
    return closeTable(grid, profiles, table, end);
  });

  const claimed = (row: number) => tables.some((t) => row >= t.range.top && row <= Math.max(t.range.bottom, ...t.noteRows));
  /** A table typed without a header, as the finders below report it: its kind, its rows, its columns. */
  const headerless = (kind: TableKind, dataRows: readonly number[], columns: readonly ColumnBinding[], confidence?: number): RecognizedTable => {
    const cols = columns.map((c) => c.col);
    return {
      sheet: grid.name,
      kind,
      ...titleFields(readTitleBlock(grid, profiles, dataRows[0], 0)),
      headerRows: [],
      range: { top: dataRows[0], left: Math.min(...cols), bottom: dataRows[dataRows.length - 1], right: Math.max(...cols) },
      columns,
      dataRows,
      repeatedHeaderRows: [],
      noteRows: [],
      ...(confidence === undefined ? {} : { confidence }),
    };
  };
  const binding = (role: ColumnRole, col: number): ColumnBinding => ({ role, col, header: '' });

  for (const roster of findHeaderlessRosters(grid, profiles, (row) => !claimed(row))) {
    const dataRows: number[] = [];
    for (let row = roster.firstRow; row <= roster.lastRow; row++) if (profiles[row].filled.length > 0) dataRows.push(row);
    const columns = [binding('role', roster.roleCol), binding('name', roster.nameCol), ...(roster.titleCol === undefined ? [] : [binding('title', roster.titleCol)])];
    tables.push(headerless('roster', dataRows, columns));
  }
  // No header to read: an outline's kind rests on its headings alone, a list's on its names.
  for (const outline of findHeaderlessOutlines(grid, profiles, merges, (row) => !claimed(row))) {
    tables.push(headerless(outline.kind, outline.rows, outline.columns.map(({ role, col }) => binding(role, col)), 0.5));
  }
  for (const list of findHeaderlessLists(grid, profiles, (row) => !claimed(row))) {
    tables.push(headerless('entity-list', list.rows, [binding('entity', list.entityCol)], 0.6));
  }

  if (tables.length === 0) return [unknownTable(grid, profiles)];
  return tables.sort((a, b) => a.range.top - b.range.top);
}

/** Walks the header candidates top to bottom: each starts a new table unless it repeats the open one's header. */
function openTables(grid: Grid, profiles: readonly RowProfile[], merges: MergeIndex): OpenTable[] {
  const opened: OpenTable[] = [];
  // The last two single-cell lines: a title is often followed by `（2020年版）` or a date.
  let lastTitle = '';
  let lastLine = '';
  for (let row = 0; row < profiles.length; row++) {
    const profile = profiles[row];
    const single = singleText(grid, row, profile);
    if (single) { lastTitle = `${lastLine} ${single}`; lastLine = single; }
    const candidate = headerCandidate(grid, row, profile, lastTitle);
    if (!candidate) continue;

    const current = opened[opened.length - 1];
    const lowerBound = current ? current.headerRows[current.headerRows.length - 1] + 1 : 0;
    const band = row - 1 >= lowerBound && isBandAboveHeader(grid, row, profile, profiles[row - 1], merges);
    const block = readTitleBlock(grid, profiles, band ? row - 1 : row, lowerBound);
    if (current && repeatsHeader(current, candidate) && !block.title && block.annexNumber === undefined) {
      current.repeatedHeaderRows.push(row);
      if (row + 1 < profiles.length && isHeaderAuxiliaryRow(grid, row + 1, profiles[row + 1])) current.auxiliaryRows.push(row + 1);
      if (current.headerRows.length > 1 && row + 1 < profiles.length && isSubHeaderRow(grid, row, profile, profiles[row + 1], merges)) {
        current.repeatedHeaderRows.push(row + 1);
        row++;
      }
      continue;
    }

    // A row above whose cells are merged down into this one (`序号` over two rows, `材料审核（80分）`
    // over `应得分 | 实得分`) is the first line of a two-row header.
    const parentAbove = !band && row - 1 >= lowerBound && isParentHeaderRow(grid, row, profiles[row - 1], merges);
    const headerRows = band || parentAbove ? [row - 1, row] : [row];
    if (!band && row + 1 < profiles.length && isSubHeaderRow(grid, row, profile, profiles[row + 1], merges)) headerRows.push(row + 1);
    const table = openAt(grid, profiles, merges, headerRows, candidate, block);
    opened.push(table);
    row = headerRows[headerRows.length - 1] + table.auxiliaryRows.length;
  }
  return opened;
}

/** Binds the columns of a header of the given kind and notes a weight row under it. */
function openAt(grid: Grid, profiles: readonly RowProfile[], merges: MergeIndex, headerRows: readonly number[], candidate: HeaderCandidate, block: TitleBlock): OpenTable {
  const { left, right } = headerExtent(profiles, headerRows, merges, headerRows[0]);
  const signature = signatureOf(candidate.kind);
  let columns = bindColumns(grid, signature, headerRows, left, right, merges);
  // `联系人` alone holds name and phone together when the table has no phone column.
  if (!columns.some((c) => c.role === 'phone')) columns = columns.map((c) => (c.role === 'contactName' ? { ...c, role: 'contact' } : c));
  const auxiliaryRows: number[] = [];
  const below = headerRows[headerRows.length - 1] + 1;
  if (below < profiles.length && isHeaderAuxiliaryRow(grid, below, profiles[below])) auxiliaryRows.push(below);
  return { candidate, headerRows: [...headerRows], left, right, columns, block, repeatedHeaderRows: [], auxiliaryRows };
}

/**
 * The table whose header the user named (a correction): its rows bound as the
 * given kind, its data read down to `end` (0-based, inclusive) or the sheet's end.
 */
export function tableAtHeader(grid: Grid, headerRows: readonly number[], kind: TableKind, end?: number): RecognizedTable {
  const profiles: RowProfile[] = grid.values.map((_, row) => profileRow(grid, row));
  const merges = buildMergeIndex(grid);
  const texts = new Map<number, string>();
  const candidate: HeaderCandidate = { row: headerRows[0], kind, score: 0, texts, confidence: 1 };
  const block = readTitleBlock(grid, profiles, headerRows[0], 0);
  const table = openAt(grid, profiles, merges, headerRows, candidate, block);
  return { ...closeTable(grid, profiles, table, Math.min(end ?? profiles.length - 1, profiles.length - 1)), corrected: true };
}

function isParentHeaderRow(grid: Grid, row: number, above: RowProfile, merges: MergeIndex): boolean {
  if (above.filled.length < 2 || above.hasNumber) return false;
  let spansDown = 0;
  for (const col of above.filled) {
    const merge = merges.at(row - 1, col);
    if (merge && merge.top === row - 1 && merge.bottom >= row) spansDown++;
    if (cellText(grid.values[row - 1][col]).length > 40) return false;
  }
  return spansDown >= 2;
}

function repeatsHeader(current: OpenTable, candidate: HeaderCandidate): boolean {
  if (current.candidate.kind !== candidate.kind) return false;
  let same = 0;
  for (const [col, text] of current.candidate.texts) if (candidate.texts.get(col) === text) same++;
  return same / current.candidate.texts.size >= 0.6;
}

function headerExtent(profiles: readonly RowProfile[], headerRows: readonly number[], merges: MergeIndex, top: number): { left: number; right: number } {
  let left = Infinity;
  let right = -Infinity;
  for (const row of headerRows) {
    for (const col of profiles[row].filled) {
      const merge = merges.at(row, col);
      left = Math.min(left, merge ? merge.left : col);
      right = Math.max(right, merge && merge.top === top ? merge.right : col);
    }
  }
  return { left, right };
}

/** Classifies the rows below a header up to `end`: data, blank, repeated header, note. */
function closeTable(grid: Grid, profiles: readonly RowProfile[], table: OpenTable, end: number): RecognizedTable {
  const headerEnd = table.headerRows[table.headerRows.length - 1];
  const repeated = new Set(table.repeatedHeaderRows);
  const auxiliary = new Set(table.auxiliaryRows);
  const dataRows: number[] = [];
  const noteRows: number[] = [];
  let afterNote = false;
  for (let row = headerEnd + 1; row <= end; row++) {
    // A note, then the header again: the table goes on after a page break.
    if (repeated.has(row)) { afterNote = false; continue; }
    if (auxiliary.has(row)) continue;
    const filled = filledWithin(profiles[row], table.left, table.right);
    if (filled.length === 0) continue;
    if (isNoteRow(grid, row, filled, table.left, table.right)) { noteRows.push(row); afterNote = true; continue; }
    // After a note the table is over, unless its header comes again.
    if (afterNote) break;
    dataRows.push(row);
  }
  const bottom = dataRows.length > 0 ? dataRows[dataRows.length - 1] : headerEnd;
  const signature = signatureOf(table.candidate.kind);
  const columns = settleSeq(grid, signature, settleMainColumn(grid, signature, table.columns, dataRows), table, dataRows);
  const range: CellRange = { top: table.headerRows[0], left: table.left, bottom, right: table.right };
  return {
    sheet: grid.name,
    kind: table.candidate.kind,
    ...titleFields(table.block),
    headerRows: table.headerRows,
    range,
    columns,
    dataRows,
    repeatedHeaderRows: table.repeatedHeaderRows.filter((r) => r <= bottom),
    noteRows,
    confidence: table.candidate.confidence,
    ...(table.candidate.runnerUp ? { runnerUp: table.candidate.runnerUp } : {}),
  };
}

/**
 * A column the header did not name whose cells count 1, 2, 3… down the table is its
 * 序号 (a number column under a header spanning several columns, or with no header).
 */
function settleSeq(grid: Grid, signature: KindSignature, columns: readonly ColumnBinding[], table: OpenTable, dataRows: readonly number[]): readonly ColumnBinding[] {
  if (!signature.roles.includes('seq') || columns.some((c) => c.role === 'seq')) return columns;
  const bound = new Set(columns.map((c) => c.col));
  for (let col = table.left; col <= table.right; col++) {
    if (bound.has(col)) continue;
    const numbers = dataRows.map((row) => grid.values[row]?.[col] ?? null).filter((v) => v !== null && cellText(v).trim() !== '');
    const counts = numbers.length >= 2 && numbers.every((v, i) => Number(cellText(v).trim()) === i + 1);
    if (counts) return [...columns, { role: 'seq' as const, col, header: '' }].sort((a, b) => a.col - b.col);
  }
  return columns;
}

/** Applies the kind's `mainColumn` rule once the data rows are known (see KindSignature.mainColumn). */
function settleMainColumn(grid: Grid, signature: KindSignature, columns: readonly ColumnBinding[], dataRows: readonly number[]): readonly ColumnBinding[] {
  const rule = signature.mainColumn;
  if (!rule) return columns;
  const bound = columns.filter((c) => c.role === rule.role);
  if (bound.length < 2) return columns;
  const lengths = new Map(bound.map((c) => [c, dataRows.reduce((sum, row) => sum + cellText(grid.values[row]?.[c.col] ?? null).length, 0)]));
  const main = bound.reduce((best, c) => (lengths.get(c)! > lengths.get(best)! ? c : best));
  return columns.map((c) => (c.role !== rule.role || c === main ? c : { ...c, role: c.col < main.col ? rule.left : rule.right }));
}

function titleFields(block: TitleBlock): Pick<RecognizedTable, 'annexLabel' | 'annexNumber' | 'title' | 'titleRow' | 'declaredCount'> {
  return {
    ...(block.annexNumber === undefined ? {} : { annexLabel: `附件${block.annexNumber}`, annexNumber: block.annexNumber }),
    ...(block.title === undefined ? {} : { title: block.title, titleRow: block.titleRow }),
    ...(block.declaredCount === undefined ? {} : { declaredCount: block.declaredCount }),
  };
}

/** A sheet with no campaign table: the largest block of rows with two or more cells, else the used area. */
function unknownTable(grid: Grid, profiles: readonly RowProfile[]): RecognizedTable {
  let best: { top: number; bottom: number } | undefined;
  let runStart = -1;
  for (let row = 0; row <= profiles.length; row++) {
    const tableLike = row < profiles.length && profiles[row].filled.length >= 2;
    if (tableLike && runStart < 0) runStart = row;
    if (!tableLike && runStart >= 0) {
      if (row - runStart >= 2 && (!best || row - runStart > best.bottom - best.top + 1)) best = { top: runStart, bottom: row - 1 };
      runStart = -1;
    }
  }
  const rows = best ? range(best.top, best.bottom) : profiles.map((_, r) => r).filter((r) => profiles[r].filled.length > 0);
  let left = Infinity;
  let right = -Infinity;
  for (const r of rows) for (const c of profiles[r].filled) { left = Math.min(left, c); right = Math.max(right, c); }
  const block = readTitleBlock(grid, profiles, best ? best.top : 0, 0);
  const hasCells = rows.length > 0;
  return {
    sheet: grid.name,
    kind: 'unknown',
    ...(best ? titleFields(block) : {}),
    headerRows: best ? [best.top] : [],
    range: hasCells
      ? { top: rows[0], left, bottom: rows[rows.length - 1], right }
      : { top: 0, left: 0, bottom: 0, right: 0 },
    columns: [],
    dataRows: best ? rows.slice(1) : [],
    repeatedHeaderRows: [],
    noteRows: [],
  };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

