import { cellText } from '../../core/grid/cell-text';
import type { Grid, WorkbookGrids } from '../../core/grid/grid';

/** The sheet a score sheet goes to, and whether it replaces one built before or steps around the user's own. */
export interface ScoreSheetChoice {
  readonly sheet: string;
  readonly replaces: boolean;
  /** Set when `评分表` holds the user's own data, which is kept: the name that was taken. */
  readonly taken?: string;
}

/** `buildScoreSheet` closes its rows with this note (`注：分数线含本数…`); the user's own sheets do not say it. */
const BUILT_NOTE = /^注：分数线含本数/;

/** True when a sheet is a score sheet the builder made: a cell of column A starts with its closing note. */
export function isBuiltScoreSheet(grid: Grid): boolean {
  return grid.values.some((row) => BUILT_NOTE.test(cellText(row[0] ?? null).trim()));
}

/**
 * Names the score sheet `评分表`. One built earlier is replaced (re-running never
 * adds sheets); one with the user's own scores is kept, and the new sheet goes to
 * `评分表（2）`, `评分表（3）`… (Excel compares sheet names case-insensitively).
 *
 * @example chooseScoreSheet(seed000).sheet // '评分表'
 */
export function chooseScoreSheet(workbook: WorkbookGrids, base = '评分表'): ScoreSheetChoice {
  const find = (name: string) => workbook.sheets.find((g) => g.name.toLowerCase() === name.toLowerCase());
  const first = find(base);
  if (!first) return { sheet: base, replaces: false };
  if (isBuiltScoreSheet(first)) return { sheet: base, replaces: true };
  for (let n = 2; n < 100; n++) {
    const name = `${base}（${n}）`;
    const other = find(name);
    if (!other || isBuiltScoreSheet(other)) return { sheet: name, replaces: Boolean(other), taken: base };
  }
  throw new Error(`chooseScoreSheet: no free sheet name for ${base}`);
}
