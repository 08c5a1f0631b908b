import type { WorkbookGrids } from '../grid/grid';
import { sortFindings, type Finding } from '../findings/finding';
import { recognizeWorkbook } from '../recognize/recognize-tables';
import type { RecognizedTable } from '../recognize/recognized-table';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import type { WorkbookRule } from './check-context';
import { checkContacts } from '../contacts/checkContacts';
import { checkDates } from '../dates/checkDates';
import { checkNoticeDates } from '../dates/checkNoticeDates';
import { checkRubrics } from '../scoring/checkRubrics';
import { checkScores } from '../scoring/checkScores';
import { checkSheets } from './check-sheets';
import { checkTables } from './check-tables';
import { checkAnnexTitles } from '../annex/check-annex-titles';

/** Every rule `checkWorkbook` runs, in order. Each capability registers its rule here. */
export const WORKBOOK_RULES: readonly WorkbookRule[] = [checkSheets, checkTables, checkContacts, checkDates, checkNoticeDates, checkRubrics, checkScores, checkAnnexTitles];

export interface CheckResult {
  readonly tables: readonly RecognizedTable[];
  readonly findings: readonly Finding[];
}

/**
 * Recognises the tables of a workbook and runs every rule over them.
 * Findings come sorted by sheet (tab order), row, column.
 */
export function checkWorkbook(workbook: WorkbookGrids, settings: Settings = DEFAULT_SETTINGS, tables: readonly RecognizedTable[] = recognizeWorkbook(workbook)): CheckResult {
  const merged: Settings = { ...DEFAULT_SETTINGS, ...settings };
  const context = { workbook, tables, settings: merged };
  const findings = WORKBOOK_RULES.flatMap((rule) => rule(context));
  return { tables, findings: sortFindings(findings, workbook.sheets.map((s) => s.name)) };
}
