import type { WorkbookRule } from '../check/check-context';
import { makeFinding, type Finding } from '../findings/finding';
import { cellAddress } from '../grid/a1';
import { cellText, isBlankValue } from '../grid/cell-text';
import { cellAt, isCellError, type CellValue, type Grid } from '../grid/grid';
import { columnOf, type RecognizedTable } from '../recognize/recognized-table';
import type { ColumnRole } from '../recognize/table-kind';
import { extractRubric } from './extractRubric';
import { parseScoreHeader } from './scoreHeaders';

/**
 * The findings for one entered score: text where a number belongs (a `'5` typed
 * as text is left out by SUM), a negative score, a score above the maximum.
 * Blank cells are not scored yet; error values are CELL_ERROR's business.
 */
export function scoreFindings(sheet: string, row: number, col: number, value: CellValue, max?: number, item?: string): Finding[] {
  if (isBlankValue(value) || isCellError(value)) return [];
  const cell = cellAddress(row, col);
  const about: Record<string, string> = item === undefined ? {} : { item };
  if (typeof value !== 'number') return [makeFinding('SCORE_NOT_NUMBER', sheet, cell, { text: cellText(value).trim(), ...about })];
  if (value < 0) return [makeFinding('SCORE_NEGATIVE', sheet, cell, { score: value, ...about })];
  // Scores add halves and tenths: compare with a little room for binary noise.
  if (max !== undefined && value > max + 1e-9) return [makeFinding('SCORE_OVER_MAX', sheet, cell, { score: value, max, ...about })];
  return [];
}

const NOT_SCORES: ReadonlySet<ColumnRole> = new Set(['seq', 'entity', 'total', 'level', 'rank', 'note']);

/**
 * A score sheet's item columns carry their maximum in the header (`1.路面硬化（5分）`,
 * as `buildScoreSheet` writes them); period columns (`1月`) are scores without one.
 * Option columns hold labels and are left alone.
 */
function scoreSheetFindings(table: RecognizedTable, grid: Grid): Finding[] {
  const headerRow = table.headerRows.at(-1);
  if (headerRow === undefined) return [];
  const findings: Finding[] = [];
  for (let col = table.range.left; col <= table.range.right; col += 1) {
    const binding = table.columns.find((c) => c.col === col);
    if (binding && NOT_SCORES.has(binding.role)) continue;
    const header = parseScoreHeader(binding?.header ?? cellText(cellAt(grid, headerRow, col)));
    const scored = header.kind === 'count' || header.kind === 'bonus' || header.max !== undefined || binding?.role === 'periodScore';
    if (header.kind === 'options' || !scored) continue;
    for (const row of table.dataRows) findings.push(...scoreFindings(table.sheet, row, col, cellAt(grid, row, col), header.max));
  }
  return findings;
}

/** A rubric whose 得分 column is filled in: each item's score against its maximum (a bonus against its cap). */
function rubricFindings(table: RecognizedTable, grid: Grid): Finding[] {
  const scoreCol = columnOf(table, 'score');
  if (scoreCol === undefined || table.dataRows.every((row) => isBlankValue(cellAt(grid, row, scoreCol)))) return [];
  const { rubric } = extractRubric(table, grid);
  return rubric.items.flatMap((item) => scoreFindings(table.sheet, item.row, scoreCol, cellAt(grid, item.row, scoreCol), item.max, item.id));
}

/**
 * SCORE_OVER_MAX, SCORE_NEGATIVE, SCORE_NOT_NUMBER over score sheets and over
 * rubrics whose 得分 column has been filled in.
 */
export const checkScores: WorkbookRule = ({ workbook, tables }) =>
  tables.flatMap((table) => {
    const grid = workbook.sheets.find((s) => s.name === table.sheet);
    if (!grid) return [];
    if (table.kind === 'score-sheet') return scoreSheetFindings(table, grid);
    if (table.kind === 'rubric') return rubricFindings(table, grid);
    return [];
  });
