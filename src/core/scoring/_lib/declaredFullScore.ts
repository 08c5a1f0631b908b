import { cellAt, type Grid } from '../../grid/grid';
import type { RecognizedTable } from '../../recognize/recognized-table';
import { normalizeText } from './normalizeText';
import { fullScoreInText } from './parsePoints';
import type { At } from './rubricChecks';

/** A 说明 paragraph above a header is one cell (often merged across the table); more filled cells mean another table. */
const MAX_PREAMBLE_ROWS = 8;

/**
 * The text lines right above the header, bottom up, as far as the title (or a blank
 * row, or a row of several cells): the 说明 a rubric opens with (r13: `…重点工作50分，共100分。`).
 */
function preamble(grid: Grid, table: RecognizedTable): { row: number; text: string }[] {
  const lines: { row: number; text: string }[] = [];
  const header = table.headerRows[0] ?? table.range.top;
  const stop = Math.max(0, Math.min(table.titleRow ?? 0, header), header - MAX_PREAMBLE_ROWS);
  for (let row = header - 1; row >= stop; row -= 1) {
    const filled = (grid.values[row] ?? []).map((_, col) => normalizeText(cellAt(grid, row, col))).filter(Boolean);
    if (filled.length !== 1) break;
    lines.push({ row, text: filled[0] });
  }
  return lines;
}

/**
 * The full score a rubric declares and where, in order of trust: the title
 * (`…评分表（满分100分）`), a 合计 / 总分 row, a note under the table, the 说明 above it.
 */
export function declaredFullScore(
  grid: Grid,
  table: RecognizedTable,
  title: string | undefined,
  notes: readonly { readonly row: number; readonly text: string }[],
  total: { readonly value: number; readonly row: number; readonly col: number } | undefined,
): { value: number; at: At } | undefined {
  const left = table.range.left;
  const inTitle = title === undefined ? undefined : fullScoreInText(title);
  if (inTitle !== undefined) return { value: inTitle, at: { row: table.titleRow ?? table.range.top, col: left } };
  if (total) return { value: total.value, at: { row: total.row, col: total.col } };
  for (const line of [...notes, ...preamble(grid, table)]) {
    const value = fullScoreInText(line.text);
    if (value !== undefined) return { value, at: { row: line.row, col: left } };
  }
  return undefined;
}
