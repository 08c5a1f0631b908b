import { cellText } from '../grid/cell-text';
import type { Grid, WorkbookGrids } from '../grid/grid';
import { ANNEX_STAMP_FORMAT } from './official-format';

/** The sheet an annex goes to, and why when it is not simply `附件N`. */
export interface AnnexSheetChoice {
  readonly sheet: string;
  readonly replaces: boolean;
  readonly note?: string;
}

/** True when a sheet is an annex this builder made: A1 reads `附件N` and carries the stamp format. */
export function isBuiltAnnex(grid: Grid): boolean {
  return /^附件\d+$/.test(cellText(grid.values[0]?.[0] ?? null).trim()) && grid.numberFormats?.[0]?.[0] === ANNEX_STAMP_FORMAT;
}

/**
 * Names the annex sheet `附件N`. A sheet of that name built earlier is
 * replaced (re-running never duplicates); one that holds the user's own data
 * (often the very source table, seed 000's `附件1`) is kept, and the annex goes
 * to `附件N（整理）` instead, or `附件N（整理2）`… when that name is taken too.
 *
 * @example chooseAnnexSheet(1, seed000).sheet // '附件1（整理）'
 */
export function chooseAnnexSheet(number: number, workbook?: WorkbookGrids): AnnexSheetChoice {
  const find = (name: string) => workbook?.sheets.find((g) => g.name.toLowerCase() === name.toLowerCase());
  const base = `附件${number}`;
  const taken = find(base);
  if (!taken) return { sheet: base, replaces: false };
  if (isBuiltAnnex(taken)) return { sheet: base, replaces: true };
  for (let n = 1; n < 100; n++) {
    const name = `${base}（整理${n === 1 ? '' : n}）`;
    const other = find(name);
    if (!other || isBuiltAnnex(other)) {
      return { sheet: name, replaces: Boolean(other), note: `工作表“${base}”已有其他内容（不是本工具生成的附件），附件写入“${name}”，原表保持不变。` };
    }
  }
  throw new Error(`no free sheet name for ${base}`);
}
