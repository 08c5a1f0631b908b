import ExcelJS from 'exceljs';
import { pairingPlanRows } from '../../bench/_lib/pairing-plan';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { ALL_FIXTURES, openFixture } from './fixtures';

/** A generated pairing plan (bench/_lib/pairing-plan.ts) as a workbook: bad phones, numeric phones, padded names. */
export async function generatedPlanHost(rows = 200, seed = 2020): Promise<XlsxHost> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('附件1');
  for (const row of pairingPlanRows(rows, seed)) sheet.addRow(row);
  sheet.mergeCells('A2:E2');
  return XlsxHost.fromBuffer(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** Every workbook the safety suites run each command over: the fixtures and a generated plan. */
export const SAFETY_WORKBOOKS = [...ALL_FIXTURES, 'generated-200.xlsx'] as const;

export async function openSafetyWorkbook(name: (typeof SAFETY_WORKBOOKS)[number]): Promise<XlsxHost> {
  return name === 'generated-200.xlsx' ? generatedPlanHost(200) : openFixture(name);
}

/** Saves and reopens, as a user's file would be between two runs. */
export async function reopen(host: XlsxHost): Promise<XlsxHost> {
  return XlsxHost.fromBuffer(await host.toBuffer());
}
