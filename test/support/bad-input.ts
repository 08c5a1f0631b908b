import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { checkWorkbook, type CheckResult } from '../../src/core/check/check-workbook';
import { markFindings, RESULTS_SHEET } from '../../src/core/check/mark-findings';
import type { WorkbookGrids } from '../../src/core/grid/grid';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { dumpWorkbook } from './dump-workbook';
import { runCliCaptured } from './run-cli';
import { tempDir } from './temp-dir';
import { COMMAND_SETTINGS, WORKBOOK_COMMANDS } from './workbook-commands';

/** The bytes of a workbook built with ExcelJS, as a user's file would arrive. */
export async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void | Promise<void>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Writes bytes to a new temp dir under the given file name; returns the path. */
export function tempFile(name: string, bytes: Uint8Array | string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return path;
}

/** The user's sheets' values, as lines (the 校验结果 sheet left out). */
function userValues(host: XlsxHost): string[] {
  return dumpWorkbook(host.workbook, { values: true, marks: false }).filter((line) => !line.startsWith(`${RESULTS_SHEET}!`) && line !== `# ${RESULTS_SHEET}`);
}

export interface Survival {
  readonly grids: WorkbookGrids;
  readonly result: CheckResult;
  /** The workbook after marking the findings, saved and reopened. */
  readonly marked: XlsxHost;
}

/**
 * The whole path a bad file takes through the core and the xlsx host: read,
 * check, mark the findings, save, reopen; then every other command's plan is
 * built (score sheet, annex, fix) without throwing. Asserts nothing of the
 * user's values was lost by marking.
 */
export async function survives(bytes: Uint8Array): Promise<Survival> {
  const host = await XlsxHost.fromBuffer(bytes);
  const before = userValues(host);
  const grids = await host.readWorkbook();
  const result = checkWorkbook(grids, COMMAND_SETTINGS);
  for (const finding of result.findings) expect(finding.message).toMatch(/[\u4e00-\u9fff]/);
  await host.applyEditPlan(markFindings(result.findings, grids, COMMAND_SETTINGS.today));
  const marked = await XlsxHost.fromBuffer(await host.toBuffer());
  expect(userValues(marked)).toEqual(before);
  for (const command of WORKBOOK_COMMANDS) expect(() => command.plan(grids)).not.toThrow();
  return { grids, result, marked };
}

/** `wenming check --json <file>`: a sane exit code, one JSON object, no internal error. */
export async function cliChecks(path: string): Promise<{ code: number; json: { files: { tables: { kind: string; range: string | null }[]; findings: { code: string; cell: string; message: string }[] }[] } }> {
  const { code, stdout, stderr } = await runCliCaptured(['check', '--json', '--today', '2020-06-15', path]);
  expect(stderr).not.toMatch(/内部错误/);
  expect([0, 1]).toContain(code);
  return { code, json: JSON.parse(stdout) };
}
