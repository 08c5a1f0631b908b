import type { CellRange } from '../../grid/grid';
import type { AnnexCell } from './clean-cell';

/**
 * The header rows of an annex and their merged areas, relative to the block
 * (row 0 = first header row). One level: equal neighbours merge across
 * (`测评标准` over 测评项目 and 标准 in seed 000's rubric). Two levels: a parent
 * spans its children (`联系领导` over `市级 | 区级`); a column without children
 * spans both rows.
 */
export function headerBlock(headers: readonly (readonly string[])[]): { rows: AnnexCell[][]; merges: CellRange[] } {
  const depth = Math.max(1, ...headers.map((h) => h.length));
  const rows: AnnexCell[][] = Array.from({ length: depth }, () => headers.map(() => null));
  const merges: CellRange[] = [];
  let col = 0;
  while (col < headers.length) {
    const top = headers[col][0] ?? '';
    const leafOnly = headers[col].length < depth;
    let end = col;
    while (end + 1 < headers.length && (headers[end + 1][0] ?? '') === top && top !== '' && (headers[end + 1].length < depth) === leafOnly) end++;
    rows[0][col] = top;
    const bottom = leafOnly ? depth - 1 : 0;
    if (end > col || bottom > 0) merges.push({ top: 0, left: col, bottom, right: end });
    if (!leafOnly) for (let c = col; c <= end; c++) for (let level = 1; level < depth; level++) rows[level][c] = headers[c][level] ?? '';
    col = end + 1;
  }
  return { rows, merges };
}
