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
import { skippedDateChecks } from '../dates/skippedDateChecks';
import { inferSettings } from '../infer-settings';
import { resolveSettings, type ResolveOptions } from '../resolve-settings';
import type { InferredSettings } from '../settings';
import type { SkippedCheck, TodaySkip } from '../findings/skipped-check';

/** Every rule `checkWorkbook` runs, in order. Each capability registers its rule here. */
export const WORKBOOK_RULES: readonly WorkbookRule[] = [checkSheets, checkTables, checkContacts, checkDates, checkNoticeDates, checkRubrics, checkScores, checkAnnexTitles];

export interface CheckResult {
  readonly tables: readonly RecognizedTable[];
  readonly findings: readonly Finding[];
  /** Date checks that did not run for want of a setting, and why (`skippedDateChecks`). */
  readonly skipped: readonly SkippedCheck[];
}

export interface CheckOptions {
  /** Why there is no "today" when `settings.today` is absent (`resolveSettings` decides); default `noToday`. */
  readonly todaySkip?: TodaySkip;
}

/**
 * Recognises the tables of a workbook and runs every rule over them.
 * Findings come sorted by sheet (tab order), row, column. `settings` are used as given: the
 * front ends pass the effective settings of `resolveSettings` (explicit over inferred).
 */
export function checkWorkbook(
  workbook: WorkbookGrids, settings: Settings = DEFAULT_SETTINGS, tables: readonly RecognizedTable[] = recognizeWorkbook(workbook), options: CheckOptions = {},
): CheckResult {
  const merged: Settings = { ...DEFAULT_SETTINGS, ...settings };
  const context = { workbook, tables, settings: merged };
  const findings = WORKBOOK_RULES.flatMap((rule) => rule(context));
  return { tables, findings: sortFindings(findings, workbook.sheets.map((s) => s.name)), skipped: skippedDateChecks(context, options.todaySkip) };
}

/** A check run with settings resolved from the user's and the workbook's (`checkWorkbookInferring`). */
export interface InferringCheckResult extends CheckResult {
  /** The settings the checks ran with. */
  readonly settings: Settings;
  /** The inferred settings in use (what the user gave is not repeated here). */
  readonly inferred: InferredSettings;
  /** Everything the workbook says, used or overridden (the pane shows it beside the user's values). */
  readonly inferable: InferredSettings;
}

/**
 * What every front end does to check a workbook: infer the settings the user left out from the
 * workbook (`inferSettings`), resolve them against what the user gave (`resolveSettings`), and
 * run every rule with the result.
 *
 * @example checkWorkbookInferring(workbook, tables, { today: '2020-06-15' }) // { findings, skipped, settings: { year: 2020, … }, inferred: { year: {…} } }
 */
export function checkWorkbookInferring(
  workbook: WorkbookGrids, tables: readonly RecognizedTable[], explicit: Settings = {}, options: ResolveOptions = {},
): InferringCheckResult {
  const inferable = inferSettings(workbook, tables);
  const resolved = resolveSettings(explicit, inferable, options);
  const result = checkWorkbook(workbook, resolved.settings, tables, resolved.todaySkip ? { todaySkip: resolved.todaySkip } : {});
  return { ...result, settings: resolved.settings, inferred: resolved.inferred, inferable };
}
