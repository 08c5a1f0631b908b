import { readFileSync, mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxHost } from '../src/hosts/xlsx/xlsx-host';
import { dumpWorkbook } from './support/dump-workbook';
import { fixturePath } from './support/fixtures';
import { runCliCaptured } from './support/run-cli';

const dir = mkdtempSync(join(tmpdir(), 'wenming-fix-'));

describe('wenming fix', () => {
  test('writes a fixed copy, never touches the input, and a second fix changes nothing', async () => {
    const input = join(dir, 'variants.xlsx');
    copyFileSync(fixturePath('variants.xlsx'), input);
    const before = readFileSync(input);
    const once = join(dir, 'once.xlsx');
    const first = await runCliCaptured(['fix', input, '-o', once, '--area-code', '0392', '--today', '2026-11-21', '--json']);
    expect(first.stderr).toBe('');
    expect(readFileSync(input).equals(before)).toBe(true);
    const report = JSON.parse(first.stdout);
    expect(report.fixes.join('\n')).toMatch(/规范 \d+ 个联系人与电话单元格/);

    const fixed = await XlsxHost.fromBuffer(readFileSync(once));
    const sheet = fixed.workbook.getWorksheet('数字电话')!;
    const phones = sheet.getColumn('E').values.slice(3).filter((v) => v !== null && v !== undefined);
    for (const phone of phones) expect(typeof phone).toBe('string');
    expect(phones).toContain('13939263117');
    expect(phones).toContain('0392-3311234');
    expect(fixed.workbook.getWorksheet('校验结果')).toBeDefined();

    const twice = join(dir, 'twice.xlsx');
    const second = await runCliCaptured(['fix', once, '-o', twice, '--area-code', '0392', '--today', '2026-11-21', '--json']);
    expect(JSON.parse(second.stdout).editCount).toBe(0);
    const again = await XlsxHost.fromBuffer(readFileSync(twice));
    expect(dumpWorkbook(again.workbook)).toEqual(dumpWorkbook(fixed.workbook));
  });

  test('splits 联系人及电话 into new 联系人 / 联系电话 columns and keeps the original column', async () => {
    const out = join(dir, 'seed000-fixed.xlsx');
    await runCliCaptured(['fix', fixturePath('seed000.xlsx'), '-o', out, '--today', '2026-11-21']);
    const sheet = (await XlsxHost.fromBuffer(readFileSync(out))).workbook.getWorksheet('附件1')!;
    expect([sheet.getCell('E3').value, sheet.getCell('F3').value, sheet.getCell('G3').value]).toEqual(['联系人及电话', '联系人', '联系电话']);
    expect([sheet.getCell('E7').value, sheet.getCell('F7').value, sheet.getCell('G7').value]).toEqual(['郭琳13503921007', '郭琳', '13503921007']);
    expect(sheet.getCell('G7').numFmt).toBe('@');
  });

  test.each([
    [['fix', 'x.xlsx'], '请用 -o 指定输出文件'],
    [['fix', 'x.xlsx', '-o', 'x.xlsx'], '不能与输入文件相同'],
    [['fix', 'x.xlsx', '-o', 'y.csv'], '.xlsx 结尾'],
  ])('%j exits 2', async (argv, message) => {
    const { code, stderr } = await runCliCaptured(argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
