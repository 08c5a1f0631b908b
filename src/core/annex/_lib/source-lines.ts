import { cellText, isBlankValue } from '../../grid/cell-text';
import type { Grid } from '../../grid/grid';
import type { RecognizedTable } from '../../recognize/recognized-table';
import { parseAnnexLabel } from '../../recognize/title-text';
import { cleanText } from './clean-cell';

/** The texts of a row, merged areas counted once (only their top-left cell holds a value). */
function rowTexts(grid: Grid, row: number): string[] {
  return (grid.values[row] ?? []).filter((v) => !isBlankValue(v)).map((v) => cleanText(cellText(v))).filter((t) => t !== '');
}

/** A note row as one line: `备注` + text → `备注：…`; `注：…` stays. */
function noteLine(grid: Grid, row: number): string {
  const parts = rowTexts(grid, row);
  if (parts.length > 1 && /^(注|备注|说明|附注)$/.test(parts[0])) return `${parts[0]}：${parts.slice(1).join('')}`;
  return parts.join('');
}

/**
 * Lines between the title and the header that belong to the form
 * (`单位名称:`, `综合考核得分:` in seed 001's 测评表). A colon at the end
 * becomes the full-width `：` of Chinese text.
 */
export function formLines(grid: Grid, table: RecognizedTable): string[] {
  if (table.titleRow === undefined) return [];
  const lines: string[] = [];
  for (let row = table.titleRow + 1; row < table.range.top; row++) {
    const text = rowTexts(grid, row).join('  ');
    if (text === '' || parseAnnexLabel(text)) continue;
    lines.push(text.replace(/\s*:$/, '：'));
  }
  return lines;
}

/**
 * The note lines under a table: the recogniser's note rows, and the lines
 * that follow the last of them without a blank row (seed 001 附件1's
 * `3. 如有新任务下达, 另行通知。` continues `1.` and `2.`).
 */
export function noteLines(grid: Grid, table: RecognizedTable, stopBefore: number): string[] {
  if (table.noteRows.length === 0) return [];
  const rows = [...table.noteRows];
  for (let row = rows[rows.length - 1] + 1; row < Math.min(stopBefore, grid.values.length); row++) {
    const count = rowTexts(grid, row).length;
    if (count === 0 || count > 2) break;
    rows.push(row);
  }
  return rows.map((row) => noteLine(grid, row)).filter((line) => line !== '');
}
