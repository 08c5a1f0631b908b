import { cellText } from '../grid/cell-text';
import type { Grid } from '../grid/grid';
import type { RowProfile } from './_lib/row-profile';
import { normalizeHeader } from './_lib/header-matcher';

/** A weight or a unit standing alone under a header: `（占40%）`, `40%`, `（分）`, `单位：分`, `权重30`. */
const WEIGHT_OR_UNIT = /^[（【]?(?:占|权重|单位[:：]?)?(?:\d+(?:\.\d+)?\s*[%％]|\d+(?:\.\d+)?分|分|万元|元|个|人|次|项|%|㎡|平方米)[）】]?$/;

/**
 * A row right under a header that is not data: the weights or units of its
 * columns (`（占40%）`, `（分）`), or the column numbers some forms print
 * (`1 | 2 | 3 | 4`, a 栏次 row).
 */
export function isHeaderAuxiliaryRow(grid: Grid, row: number, profile: RowProfile): boolean {
  const { filled } = profile;
  if (filled.length === 0) return false;
  const values = filled.map((col) => grid.values[row][col]);
  if (values.every((v) => typeof v === 'string' && WEIGHT_OR_UNIT.test(normalizeHeader(v).replace(/\(/g, '（').replace(/\)/g, '）')))) return true;
  // Column numbers: 1, 2, 3… in consecutive filled columns (at least three).
  if (filled.length < 3) return false;
  return values.every((v, i) => {
    const text = cellText(v).trim();
    return text === String(i + 1) && (i === 0 || filled[i] === filled[i - 1] + 1);
  });
}
