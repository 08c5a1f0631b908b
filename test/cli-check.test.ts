import { spawnSync } from 'node:child_process';
import { translateCommanderError } from '../src/cli/main';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isFindingCode } from '../src/core/findings/codes';
import { findingTitle } from '../src/core/findings/messages.zh-CN';
import { isTableKind } from '../src/core/recognize/table-kind';
import { ALL_FIXTURES, fixturePath } from './support/fixtures';
import { runCliCaptured } from './support/run-cli';

describe('wenming check --json', () => {
  test.each(ALL_FIXTURES)('%s prints one JSON object in the shape of DOMAIN §7', async (name) => {
    const { code, stdout } = await runCliCaptured(['check', '--json', '--today', '2026-11-21', fixturePath(name)]);
    const parsed = JSON.parse(stdout);
    expect(Object.keys(parsed)).toEqual(['files']);
    expect(parsed.files).toHaveLength(1);
    const [file] = parsed.files;
    expect(file.file).toBe(fixturePath(name));
    for (const table of file.tables) {
      expect(typeof table.sheet).toBe('string');
      expect(table.kind === 'unknown' || isTableKind(table.kind)).toBe(true);
      if (table.range !== null) expect(table.range).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
      expect(typeof table.dataRows).toBe('number');
      for (const letters of Object.values(table.columns)) expect(letters).toEqual(expect.anything());
    }
    for (const finding of file.findings) {
      expect(Object.keys(finding).sort()).toEqual(expect.arrayContaining(['cell', 'code', 'message', 'severity', 'sheet', 'title']));
      expect(isFindingCode(finding.code)).toBe(true);
      expect(finding.title).toBe(findingTitle(finding.code));
      expect(['error', 'warning', 'info']).toContain(finding.severity);
      expect(finding.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(code).toBe(file.findings.some((f: { severity: string }) => f.severity === 'error') ? 1 : 0);
  });

  test('seed 000: the three district tables and their counts', async () => {
    const { stdout } = await runCliCaptured(['check', '--json', fixturePath('seed000.xlsx')]);
    const tables = JSON.parse(stdout).files[0].tables.filter((t: { kind: string }) => t.kind === 'pairing-plan');
    expect(tables.map((t: { range: string; declaredCount: number; dataRows: number }) => [t.range, t.declaredCount, t.dataRows])).toEqual([
      ['A3:E49', 46, 46], ['A52:E86', 34, 34], ['A89:E114', 25, 25],
    ]);
    expect(tables[0].columns).toEqual({ seq: 'A', unit: 'B', community: 'C', location: 'D', contact: 'E' });
  });

  test('several files in one run', async () => {
    const { stdout } = await runCliCaptured(['check', '--json', fixturePath('seed001.xlsx'), fixturePath('seed002.xlsx')]);
    expect(JSON.parse(stdout).files.map((f: { file: string }) => f.file)).toEqual([fixturePath('seed001.xlsx'), fixturePath('seed002.xlsx')]);
  });
});

describe('wenming check, readable output and bad usage', () => {
  test('the readable report is in Chinese and names each table', async () => {
    const { stdout } = await runCliCaptured(['check', fixturePath('seed004.xlsx')]);
    expect(stdout).toContain('识别到的表格：');
    expect(stdout).toContain('[附件4] 包联社区网格责任表（grid-assignment） 附件4 A3:J8，表头第 3、4 行，数据 4 行');
    expect(stdout).toMatch(/合计：错误 \d+ 个，警告 \d+ 个，提示 \d+ 个/);
  });

  test('each finding reads title first, the code last in brackets', async () => {
    const { stdout } = await runCliCaptured(['check', fixturePath('seed000.xlsx')]);
    expect(stdout).toContain('  提示 [附件1]E7 姓名中有空格：姓名“郭  琳”中有空格（NAME_SPACING）\n      建议：为对齐而加的空格会妨碍查找和比对，建议写作“郭琳”');
  });

  test.each([
    [['check'], '缺少参数'],
    [['check', 'no-such-file.xlsx'], '找不到文件'],
    [['check', '--period', '2020-12-31/2020-05-01', 'x.xlsx'], '晚于结束日期'],
    [['check', '--today', '2020-02-30', 'x.xlsx'], '不存在'],
    [['check', '--area-code', '392', 'x.xlsx'], '区号'],
    [['check', '--year', '20', 'x.xlsx'], '四位年份'],
    [['frobnicate'], '未知命令'],
    [['check', '--bogus', 'x.xlsx'], '未知选项 --bogus'],
    [['check', '--year'], '缺少取值'],
    [['score', 'init', 'x.xlsx'], '缺少必填选项 --entities'],
    [['score', 'init', '--entities', '附件1', 'x.xlsx'], '缺少必填选项 --rubric'],
    [['annex'], '缺少参数'],
  ])('%j exits 2 with a Chinese message', async (argv, message) => {
    const { code, stderr } = await runCliCaptured(argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    // Commander's English never reaches the user.
    expect(stderr).not.toMatch(/error:|Did you mean|not specified|argument missing/);
  });

  test('a corrupt .xlsx exits 2 and says so in Chinese', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenming-'));
    const corrupt = join(dir, '坏文件.xlsx');
    writeFileSync(corrupt, 'this is not a zip');
    const { code, stderr } = await runCliCaptured(['check', corrupt]);
    expect(code).toBe(2);
    expect(stderr).toContain('不是有效的 .xlsx 工作簿');
  });

  test('the installed `wenming` command runs from a shell', () => {
    const result = spawnSync(process.execPath, [join(__dirname, '..', 'bin', 'wenming.cjs'), 'check', '--json', fixturePath('variants.xlsx')], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).files[0].tables.length).toBeGreaterThan(5);
  });
});

test('help is in Chinese', async () => {
  const { code, stdout } = await runCliCaptured(['check', '--help']);
  expect(code).toBe(0);
  expect(stdout).toMatch(/^用法： wenming check \[选项\]/);
  expect(stdout).toContain('选项：');
  expect(stdout).not.toMatch(/Usage:|Options:/);
});

describe('every message commander writes reaches the user in Chinese', () => {
  test.each([
    ["error: missing required argument 'files'", '错误：缺少参数 files'],
    ["error: required option '--rubric <工作表>' not specified", '错误：缺少必填选项 --rubric <工作表>'],
    ["error: unknown option '--yeer'\n(Did you mean --year?)", '错误：未知选项 --yeer\n（是否想用 --year？）'],
    ["error: unknown command 'chek'\n(Did you mean one of check, fix?)", '错误：未知命令 chek\n（是否想用其中之一：check, fix？）'],
    ["error: option '--year <年>' argument missing", '错误：选项 --year <年> 缺少取值'],
    ["error: option '--dpi <n>' argument 'abc' is invalid.", '错误：选项 --dpi <n> 的取值“abc”无效'],
    ["error: command-argument value 'x' is invalid for argument 'kind'.", '错误：参数 kind 的取值“x”无效'],
    ["error: option '--a' cannot be used with option '--b'", '错误：选项 --a 不能与选项 --b 同时使用'],
    ["error: too many arguments for 'list'. Expected 1 argument but got 2.", '错误：参数过多（应为 1 个，收到 2 个）'],
    ['error: too many arguments. Expected 0 arguments but got 3.', '错误：参数过多（应为 0 个，收到 3 个）'],
  ])('%j', (english, chinese) => {
    expect(translateCommanderError(english)).toBe(chinese);
  });
});
