import { ALL_CAPABILITIES } from '../../src/hosts/office/office-capabilities';
import { OfficeHost } from '../../src/hosts/office/office-host';
import { FakeExcel } from '../../src/hosts/office/_test/fake-excel';
import type { FakeWorkbook } from '../../src/hosts/office/_test/fake-workbook';

/** The Office.js host over a fake workbook (src/hosts/office/_test/), with every capability. */
export async function officeHostOver(workbook: FakeWorkbook): Promise<{ excel: FakeExcel; host: OfficeHost }> {
  const excel = new FakeExcel(workbook);
  const host = await OfficeHost.create({ run: excel.run, capabilities: ALL_CAPABILITIES });
  return { excel, host };
}
