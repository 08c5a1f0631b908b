import { cellAddress, columnIndex, columnLetter } from '../grid/a1';
import { cellText } from '../grid/cell-text';
import type { Grid, WorkbookGrids } from '../grid/grid';
import type { ColumnBinding, RecognizedTable } from './recognized-table';
import { recognizeTables, tableAtHeader } from './recognize-tables';
import { COLUMN_ROLES, isTableKind, KIND_NAMES_ZH, type ColumnRole, type RecognizedKind } from './table-kind';

/**
 * What the user corrected in one table, as stored with the workbook and as the CLI's
 * `--mapping` file holds it: rows 1-based, columns by letter, as the user sees them.
 *
 * @example { sheet: '附件2', headerRows: [3], kind: 'rubric', columns: { D: 'maxPoints', F: 'ignore' } }
 */
export interface TableCorrection {
  readonly sheet: string;
  /** The header row(s) the user set; absent when the recogniser found the right ones. */
  readonly headerRows?: readonly number[];
  /** The recognised table this corrects, by its top-left cell (`A3`), when no header rows are given. */
  readonly at?: string;
  readonly kind?: RecognizedKind;
  /** Column letter → role; `ignore` unbinds a column the recogniser bound. */
  readonly columns?: Readonly<Record<string, ColumnRole | 'ignore'>>;
}

export interface RecognitionCorrections {
  readonly version: 1;
  readonly tables: readonly TableCorrection[];
}

export const NO_CORRECTIONS: RecognitionCorrections = { version: 1, tables: [] };

const isRole = (value: string): value is ColumnRole => (COLUMN_ROLES as readonly string[]).includes(value);

/** The table a correction without header rows speaks of: by anchor, else the one spanning its columns, else the first. */
function targetOf(tables: readonly RecognizedTable[], correction: TableCorrection): RecognizedTable | undefined {
  if (correction.headerRows && correction.headerRows.length > 0) {
    const row = correction.headerRows[0] - 1;
    return tables.find((t) => t.headerRows.includes(row) || (t.range.top <= row && row <= t.range.bottom));
  }
  if (correction.at) return tables.find((t) => cellAddress(t.range.top, t.range.left) === correction.at);
  const cols = Object.keys(correction.columns ?? {}).map((letter) => columnIndex(letter));
  return tables.find((t) => t.kind !== 'unknown' && cols.length > 0 && cols.every((c) => t.range.left <= c && c <= t.range.right)) ?? tables[0];
}

function rebindColumns(grid: Grid, table: RecognizedTable, columns: Readonly<Record<string, ColumnRole | 'ignore'>>): readonly ColumnBinding[] {
  const header = (col: number) => table.headerRows.map((r) => cellText(grid.values[r]?.[col] ?? null).trim()).filter(Boolean).join('/');
  const set = new Map(Object.entries(columns).map(([letter, role]) => [columnIndex(letter), role]));
  const kept = table.columns.filter((c) => !set.has(c.col));
  const added: ColumnBinding[] = [...set].filter((entry): entry is [number, ColumnRole] => entry[1] !== 'ignore')
    .map(([col, role]) => ({ role, col, header: header(col), corrected: true }));
  return [...kept, ...added].sort((a, b) => a.col - b.col);
}

/**
 * The tables of one sheet with the user's corrections applied: a kind or header
 * rows set by the user re-read the table as that kind from that header; column
 * roles set by the user replace what the recogniser bound. Corrected tables say
 * so (`corrected`) and are sure of themselves (confidence 1).
 */
export function applyCorrections(grid: Grid, recognized: readonly RecognizedTable[], corrections: readonly TableCorrection[]): RecognizedTable[] {
  let tables = [...recognized];
  for (const correction of corrections.filter((c) => c.sheet === grid.name)) {
    const target = targetOf(tables, correction);
    const kind = correction.kind ?? target?.kind;
    const headerRows = correction.headerRows?.map((r) => r - 1) ?? target?.headerRows ?? [];
    let table: RecognizedTable | undefined = target;
    if (kind === 'unknown') {
      table = target && { ...target, kind: 'unknown', columns: [], corrected: true, confidence: 1 };
    } else if (kind && headerRows.length > 0 && (kind !== target?.kind || correction.headerRows)) {
      const next = tables.filter((t) => t !== target && t.range.top > headerRows[headerRows.length - 1]).sort((a, b) => a.range.top - b.range.top)[0];
      table = tableAtHeader(grid, headerRows, kind, next ? next.range.top - 1 : undefined);
    } else if (target && kind && kind !== target.kind) {
      table = { ...target, kind, corrected: true, confidence: 1 };
    }
    if (!table) continue;
    // Where the correction is kept: the recognised table's corner, so the pane finds it again after a re-read.
    table = { ...table, anchor: correction.at ?? (target ? target.anchor ?? correctionAnchor(target) : correctionAnchor(table)) };
    if (correction.columns) table = { ...table, columns: rebindColumns(grid, table, correction.columns), corrected: true, confidence: 1 };
    else table = { ...table, corrected: true, confidence: 1 };
    const corrected = table;
    // A table the user placed replaces whatever the recogniser saw in its rows.
    const overlaps = (t: RecognizedTable) => t !== target && t.range.top <= corrected.range.bottom && t.range.bottom >= corrected.range.top;
    tables = [...tables.filter((t) => t !== target && !overlaps(t)), corrected];
  }
  return tables.sort((a, b) => a.range.top - b.range.top);
}

/**
 * Reads corrections from JSON (a `--mapping` file, or what the workbook stores), keeping
 * what is well formed and saying in Chinese what is not: a bad file never stops a check.
 */
export function parseCorrections(json: unknown): { corrections: RecognitionCorrections; problems: string[] } {
  const problems: string[] = [];
  let data = json;
  if (typeof json === 'string') {
    try { data = JSON.parse(json); } catch { return { corrections: NO_CORRECTIONS, problems: ['识别更正不是有效的 JSON'] }; }
  }
  const list = Array.isArray(data) ? data : (data as { tables?: unknown } | null)?.tables;
  if (!Array.isArray(list)) return { corrections: NO_CORRECTIONS, problems: ['识别更正应为 {"tables":[…]}'] };
  const tables: TableCorrection[] = [];
  list.forEach((raw: unknown, i) => {
    const entry = raw as Record<string, unknown>;
    const where = `第 ${i + 1} 条更正`;
    if (typeof entry?.sheet !== 'string' || entry.sheet === '') { problems.push(`${where}缺少工作表名（sheet）`); return; }
    const correction: { -readonly [K in keyof TableCorrection]: TableCorrection[K] } = { sheet: entry.sheet };
    if (entry.kind !== undefined) {
      if (typeof entry.kind === 'string' && (isTableKind(entry.kind) || entry.kind === 'unknown')) correction.kind = entry.kind as RecognizedKind;
      else problems.push(`${where}的类型“${String(entry.kind)}”不存在，可用：${Object.keys(KIND_NAMES_ZH).join('、')}`);
    }
    if (entry.headerRows !== undefined) {
      const rows = Array.isArray(entry.headerRows) ? entry.headerRows : [entry.headerRows];
      if (rows.length > 0 && rows.every((r) => Number.isInteger(r) && (r as number) >= 1)) correction.headerRows = rows as number[];
      else problems.push(`${where}的表头行应为从 1 起的行号`);
    }
    if (typeof entry.at === 'string' && /^[A-Z]+\d+$/.test(entry.at)) correction.at = entry.at;
    if (entry.columns !== undefined && typeof entry.columns === 'object' && entry.columns !== null) {
      const columns: Record<string, ColumnRole | 'ignore'> = {};
      for (const [letter, role] of Object.entries(entry.columns as Record<string, unknown>)) {
        const upper = letter.trim().toUpperCase();
        if (!/^[A-Z]{1,3}$/.test(upper)) { problems.push(`${where}的列“${letter}”不是列号（应为 A、B…）`); continue; }
        if (typeof role === 'string' && (role === 'ignore' || isRole(role))) columns[upper] = role as ColumnRole | 'ignore';
        else problems.push(`${where}中 ${upper} 列的角色“${String(role)}”不存在`);
      }
      correction.columns = columns;
    }
    tables.push(correction);
  });
  return { corrections: { version: 1, tables }, problems };
}

/**
 * One `--map` option: `附件2!D=maxPoints` (a column's role), `附件2!F=ignore`,
 * `附件2!kind=rubric`, `附件2!header=3` or `附件2!header=3,4`. Throws a RangeError
 * with a Chinese message for anything else (the CLI turns it into a usage error).
 */
export function parseMapOption(text: string): TableCorrection {
  const bang = text.lastIndexOf('!');
  const eq = text.indexOf('=', bang);
  if (bang <= 0 || eq < 0) throw new RangeError(`--map 应写作 工作表!列=角色，如 附件2!D=maxPoints，收到“${text}”`);
  const sheet = text.slice(0, bang);
  const key = text.slice(bang + 1, eq).trim();
  const value = text.slice(eq + 1).trim();
  const { corrections, problems } = parseCorrections([
    key === 'kind' ? { sheet, kind: value } : key === 'header' ? { sheet, headerRows: value.split(/[,，]/).map(Number) } : { sheet, columns: { [key]: value } },
  ]);
  if (problems.length > 0) throw new RangeError(`--map ${text}：${problems.join('；').replace(/第 1 条更正(中|的)?\s*/g, '')}；列的角色可用：${[...COLUMN_ROLES, 'ignore'].join('、')}`);
  return corrections.tables[0];
}

/** Later corrections of the same table (sheet and header or anchor) replace earlier ones; columns add up. */
export function mergeCorrections(...sets: readonly RecognitionCorrections[]): RecognitionCorrections {
  const out: TableCorrection[] = [];
  const keyOf = (c: TableCorrection) => `${c.sheet}|${c.at ?? c.headerRows?.[0] ?? ''}`;
  for (const correction of sets.flatMap((s) => s.tables)) {
    const i = out.findIndex((c) => keyOf(c) === keyOf(correction));
    if (i < 0) { out.push(correction); continue; }
    out[i] = combineCorrections(out[i], correction);
  }
  return { version: 1, tables: out };
}

/** Two corrections of one table as one: the later one's kind and header win, their columns add up. */
export function combineCorrections(before: TableCorrection, after: TableCorrection): TableCorrection {
  return { ...before, ...after, ...(before.columns || after.columns ? { columns: { ...before.columns, ...after.columns } } : {}) };
}

/** A table's top-left cell, the anchor a correction without header rows is stored under. */
export function correctionAnchor(table: Pick<RecognizedTable, 'range'>): string {
  return `${columnLetter(table.range.left)}${table.range.top + 1}`;
}

/** Every table of every sheet, with the corrections applied (see `applyCorrections`). */
export function recognizeCorrected(workbook: WorkbookGrids, corrections: RecognitionCorrections): RecognizedTable[] {
  return workbook.sheets.flatMap((grid) => applyCorrections(grid, recognizeTables(grid), corrections.tables));
}

/**
 * The kinds the 识别 tab stored before corrections existed (`{"附件1!A3": "rubric"}`),
 * as corrections anchored at those cells; then the stored corrections over them.
 */
export function storedCorrections(stored: { readonly kindOverrides?: Readonly<Record<string, RecognizedKind>>; readonly corrections?: RecognitionCorrections } | undefined): RecognitionCorrections {
  const legacy: TableCorrection[] = Object.entries(stored?.kindOverrides ?? {}).flatMap(([key, kind]) => {
    const bang = key.lastIndexOf('!');
    return bang > 0 ? [{ sheet: key.slice(0, bang), at: key.slice(bang + 1), kind }] : [];
  });
  return mergeCorrections({ version: 1, tables: legacy }, stored?.corrections ?? NO_CORRECTIONS);
}
