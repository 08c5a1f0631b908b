import { cellText } from '../grid/cell-text';
import type { Grid } from '../grid/grid';
import type { RowProfile } from './_lib/row-profile';

/**
 * How the names of a list end: communities, villages, towns, offices, companies,
 * schools… A list of the units or communities to score is mostly such names.
 */
const ORGANISATION_END = /(社区|村|镇|乡|街道|办事处|局|委|委员会|院|所|中心|公司|学校|中学|小学|幼儿园|医院|站|馆|队|会|部|厅|处|行|店|园|社|台|厂|集团|单位|小区|县|市|区|大学|学院|支行|分行|银行|协会|联合会|机关|党支部|总支|工委|政府|法院|检察院|事务所)[。.]?$/;

/** A group heading inside a list: `桥西区（13个）`, `二、文明村（31个）`. A colon-ended line (`第七届全国文明单位：`) starts a new list. */
const GROUP_LABEL = /^(?:[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十]+）)|[（(][^（）()]*\d+\s*个[^（）()]*[）)]$/;

export interface HeaderlessList {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly entityCol: number;
  /** Rows holding names (group headings inside the list excluded). */
  readonly rows: readonly number[];
}

/** Words of a title or a sentence, never of a name: `第七届全国文明单位`, `名单如下`. */
const NOT_A_NAME = /名单|名录|届|年度|公示|候选|如下|以下|命名|表彰|入选|保留|确认|推荐|拟/;

/**
 * One name, or several joined by `、`: short, no sentence punctuation. `organisation`
 * tells whether every name ends like an organisation or a place (`广州海关（机关）` does not).
 */
function readNames(text: string): { organisation: boolean } | undefined {
  if (text.length === 0 || text.length > 300 || GROUP_LABEL.test(text) || /[:：]$/.test(text) || /[，,；;]/.test(text) || NOT_A_NAME.test(text)) return undefined;
  const names = text.replace(/[。.]$/, '').split(/[、\n]/).map((n) => n.trim()).filter((n) => n && !/^[（(].*[）)]$/.test(n));
  if (names.length === 0 || names.some((n) => n.length > 40)) return undefined;
  return { organisation: names.every((n) => ORGANISATION_END.test(n.replace(/[（(][^（）()]*[）)]$/, ''))) };
}

/** The column holding names in a row: its only cell, or the second of `霍邱县： | 龙潭镇、曹庙镇…`. */
function nameColumn(grid: Grid, row: number, profile: RowProfile): { col: number; organisation: boolean } | undefined {
  const { filled } = profile;
  const text = (col: number) => cellText(grid.values[row][col]).trim();
  const one = filled.length === 1 ? readNames(text(filled[0])) : undefined;
  if (one) return { col: filled[0], ...one };
  const two = filled.length === 2 && /[:：]$/.test(text(filled[0])) && text(filled[0]).length <= 12 ? readNames(text(filled[1])) : undefined;
  return two ? { col: filled[1], ...two } : undefined;
}

/**
 * Lists typed without a header, the way notices print them: a title
 * (`张家口市绿色社区名单`), then one name per row, maybe grouped
 * (`桥东区（15个）`). At least three rows of names make a list.
 */
export function findHeaderlessLists(grid: Grid, profiles: readonly RowProfile[], free: (row: number) => boolean): HeaderlessList[] {
  const found: HeaderlessList[] = [];
  let row = 0;
  while (row < profiles.length) {
    const first = free(row) ? nameColumn(grid, row, profiles[row]) : undefined;
    if (first === undefined) { row++; continue; }
    const { col } = first;
    const rows = [row];
    let organisations = first.organisation ? 1 : 0;
    for (let next = row + 1; next < profiles.length && free(next); next++) {
      const profile = profiles[next];
      if (profile.filled.length === 0) break;
      const names = nameColumn(grid, next, profile);
      if (names?.col === col) { rows.push(next); if (names.organisation) organisations++; continue; }
      const single = profile.filled.length === 1 ? cellText(grid.values[next][profile.filled[0]]).trim() : '';
      if (single && GROUP_LABEL.test(single) && !/[:：]$/.test(single)) continue;
      break;
    }
    // Mostly organisation or place names: a column of other short words is not a list of entities.
    if (rows.length >= 3 && organisations >= 0.8 * rows.length) found.push({ firstRow: rows[0], lastRow: rows[rows.length - 1], entityCol: col, rows });
    row = rows[rows.length - 1] + 1;
  }
  return found;
}
