import type { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { dumpWorkbookFull } from '../support/dump-workbook-full';
import { dumpFake, fakeFromXlsx } from '../support/fake-from-xlsx';
import { officeHostOver } from '../support/fake-office';
import { WORKBOOK_COMMANDS, type WorkbookCommand } from '../support/workbook-commands';
import { openSafetyWorkbook, reopen, SAFETY_WORKBOOKS } from '../support/workbook-fixtures';

/**
 * Every command run twice equals running it once (issue 7, data safety): marks
 * are replaced, not piled up; a fix has nothing left to fix; a score sheet or an
 * annex is rebuilt in place, not duplicated. Compared cell by cell with values,
 * formulas, number formats, fills, fonts, borders, notes, validations, merges,
 * widths and sheet order, after saving and reopening as a user would.
 */

async function runOn(host: XlsxHost, command: WorkbookCommand): Promise<XlsxHost | undefined> {
  const plan = command.plan(await host.readWorkbook());
  if (!plan) return undefined;
  await host.applyEditPlan(plan);
  return reopen(host);
}

describe.each(WORKBOOK_COMMANDS.map((c) => [c.name, c] as const))('%s', (_name, command) => {
  test.each(SAFETY_WORKBOOKS)('on %s through the xlsx host: twice equals once', async (fixture) => {
    const once = await runOn(await openSafetyWorkbook(fixture), command);
    if (!once) return;
    const twice = await runOn(await reopen(once), command);
    expect(dumpWorkbookFull(twice!.workbook)).toEqual(dumpWorkbookFull(once.workbook));
  });

  test.each(SAFETY_WORKBOOKS)('on %s through the Office.js host: twice equals once', async (fixture) => {
    const workbook = fakeFromXlsx((await openSafetyWorkbook(fixture)).workbook);
    const { host } = await officeHostOver(workbook);
    const first = command.plan(await host.readWorkbook());
    if (!first) return;
    await host.applyEditPlan(first);
    const once = dumpFake(workbook);
    await host.applyEditPlan(command.plan(await host.readWorkbook())!);
    expect(dumpFake(workbook)).toEqual(once);
  });
});
