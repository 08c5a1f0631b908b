import { checkWorkbookInferring } from '../core/check/check-workbook';
import { markFindings, RESULTS_SHEET } from '../core/check/mark-findings';
import { recognizeCorrected, storedCorrections } from '../core/recognize/corrections';
import type { WorkbookGrids } from '../core/grid/grid';
import type { RecognizedTable } from '../core/recognize/recognized-table';
import type { SettingsStore } from '../hosts/host-capabilities';
import { localIsoDate } from '../hosts/local-date';
import type { ApplyReport, WorkbookHost } from '../hosts/workbook-host';

/**
 * The ribbon's 校验当前工作表: reads the active sheet (and the 校验结果 sheet
 * of an earlier run, so stale marks are cleared), checks it with the settings
 * and kind corrections saved in the workbook, and marks the findings. One read
 * sync and one write sync on the Office.js host. Settings the workbook leaves unsaid are inferred
 * from the sheet, as in the pane.
 */
export async function checkActiveSheetWith(host: WorkbookHost & SettingsStore): Promise<ApplyReport & { findings: number }> {
  const sheet = await host.activeSheet();
  const stored = await host.loadStoredSettings();
  const read = await host.readWorkbook({ sheets: sheet === RESULTS_SHEET ? [sheet] : [sheet, RESULTS_SHEET] });
  const active: WorkbookGrids = { sheets: read.sheets.filter((g) => g.name === sheet) };
  const tables: RecognizedTable[] = recognizeCorrected(active, storedCorrections(stored));
  // The settings saved in the workbook over what the sheet says; "today" from the clock only inside the campaign period.
  const { findings } = checkWorkbookInferring(active, tables, stored?.settings, { clockToday: localIsoDate() });
  const report = await host.applyEditPlan(markFindings(findings, read, stored?.settings.today));
  return { ...report, findings: findings.length };
}
