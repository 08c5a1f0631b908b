import { OfficeHost } from '../hosts/office/office-host';
import { checkActiveSheetWith } from './check-active-sheet';

/**
 * The ribbon's function file (commands.html). `checkActiveSheet` is the
 * FunctionName of the 校验当前工作表 button in manifest.xml; Office waits for
 * `event.completed()`, which is called whatever happens.
 */
export async function checkActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const host = await OfficeHost.forRunningExcel();
    await checkActiveSheetWith(host);
  } catch (error) {
    // A function command has no UI of its own; the message reaches the developer console.
    console.error('校验当前工作表失败：', error);
  } finally {
    event.completed();
  }
}

void Office.onReady(() => {
  // Office.actions.associate where the client has it; older clients look the name up globally.
  if (Office.actions?.associate) Office.actions.associate('checkActiveSheet', checkActiveSheet);
  else (globalThis as unknown as Record<string, unknown>).checkActiveSheet = checkActiveSheet;
});
