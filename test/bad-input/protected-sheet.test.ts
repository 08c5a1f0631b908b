import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import type { EditPlan } from '../../src/core/edit-plan/edit-plan';
import { FakeWorkbook } from '../../src/hosts/office/_test/fake-workbook';
import { HostError } from '../../src/hosts/workbook-host';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { buildProgram } from '../../src/cli/main';
import { cliChecks, survives, tempFile, workbookBytes } from '../support/bad-input';
import { dumpWorkbook } from '../support/dump-workbook';
import { dumpFake } from '../support/fake-from-xlsx';
import { officeHostOver } from '../support/fake-office';
import { runCliCaptured } from '../support/run-cli';
import { WORKBOOK_COMMANDS } from '../support/workbook-commands';

/** A pairing plan with fixable contacts (padded name, full-width digits, a phone typed as a number) on a protected sheet. */
async function protectedPlan(): Promise<Uint8Array> {
  return workbookBytes(async (wb) => {
    const sheet = wb.addWorksheet('附件1');
    sheet.addRow(['序号', '文明单位名称', '结对社区名单', '社区具体位置', '联系人及电话']);
    sheet.addRow([1, '市委办公室', '兴鹤社区', '九州路1号', '郭  琳１３５０３９２１００７']);
    sheet.addRow([2, '市委宣传部', '福源社区', '淇滨大道2号', 13939263117]);
    sheet.addRow([3, '市财政局', '长江社区', '黄河路3号', '徐静135517019351']);
    await sheet.protect('', {});
    const other = wb.addWorksheet('说明');
    other.getCell('A1').value = '本表未保护';
  });
}

describe('a protected sheet', () => {
  test('is checked and reported (SHEET_PROTECTED, in Chinese); marking leaves it untouched', async () => {
    const { result, marked } = await survives(await protectedPlan());
    const notice = result.findings.find((f) => f.code === 'SHEET_PROTECTED');
    expect(notice).toMatchObject({ sheet: '附件1', severity: 'info' });
    expect(notice!.message).toMatch(/受保护/);
    const before = dumpWorkbook((await XlsxHost.fromBuffer(await protectedPlan())).workbook).filter((l) => l.startsWith('附件1!'));
    expect(dumpWorkbook(marked.workbook).filter((l) => l.startsWith('附件1!'))).toEqual(before);
  });

  test('a plan that would write to it is refused in Chinese before anything is written (xlsx host)', async () => {
    const host = await XlsxHost.fromBuffer(await protectedPlan());
    const before = dumpWorkbook(host.workbook);
    const plan: EditPlan = { summary: '', ops: [
      { op: 'setValues', sheet: '说明', at: 'A2', values: [['先写这里']] },
      { op: 'setValues', sheet: '附件1', at: 'E2', values: [['郭琳13503921007']] },
    ] };
    await expect(host.applyEditPlan(plan)).rejects.toThrow(new HostError('工作表“附件1”受保护，无法修改。请先撤销工作表保护。'));
    expect(dumpWorkbook(host.workbook)).toEqual(before);
  });

  test('every command either leaves it alone or is refused whole, with a Chinese message (xlsx host)', async () => {
    for (const command of WORKBOOK_COMMANDS) {
      const host = await XlsxHost.fromBuffer(await protectedPlan());
      const grids = await host.readWorkbook();
      const plan = command.plan(grids);
      if (!plan) continue;
      const before = dumpWorkbook(host.workbook).filter((l) => l.startsWith('附件1!') || l.startsWith('说明!'));
      try {
        await host.applyEditPlan(plan);
      } catch (error) {
        expect(error).toBeInstanceOf(HostError);
        expect((error as Error).message).toMatch(/受保护/);
      }
      expect(dumpWorkbook(host.workbook).filter((l) => l.startsWith('附件1!') || l.startsWith('说明!'))).toEqual(before);
    }
  });

  test('the Office.js host refuses the same plan before its one sync, and the workbook is unchanged', async () => {
    const workbook = FakeWorkbook.fromRows({ 附件1: [['序号', '联系人及电话'], [1, '郭  琳13503921007']], 说明: [['本表未保护']] });
    workbook.sheet('附件1')!.protected = true;
    const { excel, host } = await officeHostOver(workbook);
    await host.readWorkbook();
    const before = dumpFake(workbook);
    const syncs = excel.syncs;
    const plan: EditPlan = { summary: '', ops: [
      { op: 'setValues', sheet: '说明', at: 'A2', values: [['先写这里']] },
      { op: 'setValues', sheet: '附件1', at: 'B2', values: [['郭琳13503921007']] },
    ] };
    await expect(host.applyEditPlan(plan)).rejects.toThrow(/受保护/);
    expect(excel.syncs).toBe(syncs);
    expect(dumpFake(workbook)).toEqual(before);
  });

  test('wenming check reports it', async () => {
    const { json } = await cliChecks(tempFile('保护.xlsx', await protectedPlan()));
    expect(json.files[0].findings.map((f) => f.code)).toContain('SHEET_PROTECTED');
  });

  const withFix = buildProgram().commands.some((c) => c.name() === 'fix') ? test : test.skip;
  withFix('wenming fix: a Chinese message and no half-written copy, or a copy with the protected sheet unchanged', async () => {
    const input = tempFile('保护.xlsx', await protectedPlan());
    const output = join(dirname(input), '修复.xlsx');
    const { code, stderr } = await runCliCaptured(['fix', input, '-o', output]);
    if (code === 2) {
      expect(stderr).toMatch(/受保护/);
      expect(existsSync(output)).toBe(false);
      return;
    }
    const original = dumpWorkbook((await XlsxHost.fromBuffer(readFileSync(input))).workbook).filter((l) => l.startsWith('附件1!'));
    const copy = dumpWorkbook((await XlsxHost.fromBuffer(readFileSync(output))).workbook).filter((l) => l.startsWith('附件1!'));
    expect(copy).toEqual(original);
  });
});
