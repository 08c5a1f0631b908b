import type { WorkbookRule } from '../check/check-context';
import { extractRubric } from './extractRubric';

/**
 * RUBRIC_SUM_MISMATCH, RUBRIC_POINTS_MISSING and THRESHOLD_ORDER for every
 * rubric table of the workbook: items that do not add up to their category or
 * to the full score, items without points, level thresholds out of order.
 */
export const checkRubrics: WorkbookRule = ({ workbook, tables }) =>
  tables.flatMap((table) => {
    if (table.kind !== 'rubric') return [];
    const grid = workbook.sheets.find((s) => s.name === table.sheet);
    return grid ? extractRubric(table, grid).findings : [];
  });
