import { detectCapabilities } from '../hosts/office/office-capabilities';
import { OfficeHost } from '../hosts/office/office-host';
import { describeRibbonCheck, ribbonCheckFailure, runRibbonCheck, type RibbonCheckOutcome } from './ribbon-check';
import { showRibbonResult } from './show-ribbon-result';

/**
 * The Office.js host for a ribbon command. Like `OfficeHost.forRunningExcel`, except that a
 * command may fire while the user is typing in a cell: Excel then waits for the edit to end
 * instead of failing the batch (Excel.RunOptions.delayForCellEdit,
 * learn.microsoft.com/javascript/api/excel/excel.runoptions).
 */
function hostWaitingForCellEdit(): Promise<OfficeHost> {
  return OfficeHost.create({
    run: (batch) => Excel.run({ delayForCellEdit: true }, batch),
    capabilities: detectCapabilities((name, version) => Office.context.requirements.isSetSupported(name, version)),
    settings: Office.context.document.settings,
    web: Office.context.platform === Office.PlatformType.OfficeOnline,
  });
}

/**
 * The ribbon's function file (commands.html). `checkActiveSheet` is the
 * FunctionName of the 校验当前工作表 button in manifest.xml. The result, or why it failed,
 * is shown in a small dialog; Office waits for `event.completed()`, called once the dialog
 * is closed, whatever happens.
 */
export async function checkActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  try {
    let outcome: RibbonCheckOutcome;
    try {
      outcome = await runRibbonCheck(await hostWaitingForCellEdit());
    } catch (error) {
      outcome = ribbonCheckFailure(error);
    }
    await showRibbonResult(describeRibbonCheck(outcome));
  } finally {
    event.completed();
  }
}

void Office.onReady(() => {
  // Office.actions.associate where the client has it; older clients look the name up globally.
  if (Office.actions?.associate) Office.actions.associate('checkActiveSheet', checkActiveSheet);
  else (globalThis as unknown as Record<string, unknown>).checkActiveSheet = checkActiveSheet;
});
