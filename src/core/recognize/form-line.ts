import { cellText } from '../grid/cell-text';
import type { Grid } from '../grid/grid';
import type { RowProfile } from './_lib/row-profile';

/**
 * A form line above a table (`社区名称：……  自评得分：  分`, `填报单位：  填报时间：`)
 * names fields to fill in, not columns: at least half of its cells hold a colon.
 */
export function isFormLine(grid: Grid, row: number, profile: RowProfile): boolean {
  if (profile.filled.length === 0) return false;
  let colons = 0;
  for (const col of profile.filled) if (/[:：]/.test(cellText(grid.values[row][col]))) colons++;
  return colons * 2 >= profile.filled.length;
}
