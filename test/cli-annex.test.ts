import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxHost } from '../src/hosts/xlsx/xlsx-host';
import { fixturePath } from './support/fixtures';
import { runCliCaptured } from './support/run-cli';

const dir = mkdtempSync(join(tmpdir(), 'wenming-annex-'));

describe('wenming annex', () => {
  test('list prints every kind with its Chinese name', async () => {
    const { code, stdout } = await runCliCaptured(['annex', 'list']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^pairing-plan\s+结对共建计划表$/m);
    expect(stdout).toMatch(/^score-summary\s+评分汇总/m);
    const json = JSON.parse((await runCliCaptured(['annex', 'list', '--json'])).stdout);
    expect(json).toHaveLength(10);
    expect(json[0]).toEqual({ kind: 'pairing-plan', name: '结对共建计划表' });
  });

  test('seed 000 附件1: a copy with 附件1（整理） added, phones masked, the input untouched', async () => {
    const input = join(dir, 'seed000.xlsx');
    copyFileSync(fixturePath('seed000.xlsx'), input);
    const before = readFileSync(input);
    const output = join(dir, 'out.xlsx');
    const { code, stdout, stderr } = await runCliCaptured(['annex', 'pairing-plan', '--from', `${input}:附件1`, '-o', output, '--mask-phones']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain('已生成“附件1（整理）”：文明单位结对社区共建活动计划表');
    expect(stdout).toContain('3 个表格合为一张，每个表格保留标题；隐藏手机号 105 个');
    expect(stdout).toContain('原表保持不变');
    expect(readFileSync(input).equals(before)).toBe(true);
    const copy = await XlsxHost.fromBuffer(readFileSync(output));
    expect(copy.workbook.worksheets.map((s) => s.name)).toEqual(['通知', '附件1', '附件2', '附件1（整理）']);
    expect(copy.workbook.getWorksheet('附件1（整理）')!.getCell('E6').value).toBe('郭小倩139****3117');
  });

  test('--json prints the layout; --number and --title apply', async () => {
    const output = join(dir, 'roster.xlsx');
    const { code, stdout } = await runCliCaptured(['annex', 'roster', '--from', fixturePath('seed002.xlsx'), '-o', output, '--number', '6', '--title', '领导小组成员名单', '--json']);
    expect(code).toBe(0);
    const { layout, source } = JSON.parse(stdout);
    expect(source).toEqual({ file: fixturePath('seed002.xlsx'), sheet: '附件4' });
    expect([layout.sheet, layout.title, layout.page.orientation, layout.page.printTitleRows]).toEqual(['附件6', '领导小组成员名单', 'portrait', '4:4']);
  });

  test('without --from: a blank template in a new workbook', async () => {
    const output = join(dir, 'template.xlsx');
    const { code } = await runCliCaptured(['annex', 'grid-assignment', '-o', output, '--rows', '5']);
    expect(code).toBe(0);
    const sheet = (await XlsxHost.fromBuffer(readFileSync(output))).workbook.getWorksheet('附件1')!;
    expect([sheet.getCell('B4').value, sheet.getCell('B5').value, sheet.getCell('C5').value]).toEqual(['联系领导', '市级', '区级']);
  });

  test.each([
    [['annex', 'seating-plan', '-o', 'x.xlsx'], /未知的附件类型“seating-plan”/],
    [['annex', 'roster', '--from', `${fixturePath('seed000.xlsx')}:附件9`, '-o', join(dir, 'x.xlsx')], /没有工作表“附件9”。现有工作表：“通知”、“附件1”、“附件2”/],
    [['annex', 'roster', '--from', `${fixturePath('seed000.xlsx')}:附件1`, '-o', join(dir, 'x.xlsx')], /工作表“附件1”中没有识别到领导小组成员名单（roster）。识别到的表格：结对共建计划表/],
    [['annex', 'roster', '--number', 'abc', '-o', join(dir, 'x.xlsx')], /--number 应为 1～999 的整数/],
    [['annex', 'roster', '--from', fixturePath('seed002.xlsx')], /请用 -o 指定输出文件/],
    [['annex', 'roster', '--from', fixturePath('seed002.xlsx'), '-o', fixturePath('seed002.xlsx')], /输出文件不能与输入文件相同/],
    [['annex', 'roster', '--from', join(dir, 'missing.xlsx'), '-o', join(dir, 'x.xlsx')], /找不到文件/],
  ])('bad usage %#: exit 2 with a Chinese message', async (argv, message) => {
    const { code, stderr } = await runCliCaptured(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });
});
