import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildProgram } from '../../src/cli/main';
import { tempFile, workbookBytes } from '../support/bad-input';
import { fixturePath } from '../support/fixtures';
import { runCliCaptured } from '../support/run-cli';
import { tempDir } from '../support/temp-dir';

/** A small valid workbook whose zip entries are stored uncompressed, so its XML can be broken in place. */
async function storedWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('附件1').addRow(['序号', '文明单位名称', '结对社区名单']);
  return Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as Partial<ExcelJS.XlsxWriteOptions>));
}

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4b40000000049454e44ae426082', 'hex');
const OLE_HEADER = Buffer.from('d0cf11e0a1b11ae1000000000000000000000000000000003e000300feff0900', 'hex');

/** Bad files, each with a name, its bytes and what the message must say. */
const CASES: readonly { readonly what: string; readonly name: string; readonly bytes: () => Promise<Uint8Array | string>; readonly says: RegExp }[] = [
  { what: 'a truncated .xlsx', name: '截断.xlsx', bytes: async () => (await storedWorkbook()).subarray(0, 400), says: /不是有效的 \.xlsx|已损坏/ },
  { what: 'an .xlsx whose sheet XML is broken', name: '坏XML.xlsx', bytes: async () => Buffer.from((await storedWorkbook()).toString('latin1').replace('<worksheet', '<<orksheet'), 'latin1'), says: /不是有效的 \.xlsx|已损坏/ },
  { what: 'random bytes named .xlsx', name: '乱码.xlsx', bytes: async () => Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)), says: /不是有效的 \.xlsx|已损坏/ },
  { what: 'an empty file', name: '空文件.xlsx', bytes: async () => '', says: /不是有效的 \.xlsx|已损坏|空/ },
  { what: 'a CSV named .xlsx', name: '表格.xlsx', bytes: async () => '序号,单位\n1,市委办公室\n', says: /不是有效的 \.xlsx|已损坏/ },
  { what: 'a CSV', name: '表格.csv', bytes: async () => '序号,单位\n1,市委办公室\n', says: /\.xlsx/ },
  { what: 'a PNG picture', name: '图片.png', bytes: async () => PNG, says: /\.xlsx/ },
  { what: 'an old binary .xls', name: '旧格式.xls', bytes: async () => OLE_HEADER, says: /\.xls.*另存为 \.xlsx|另存为 \.xlsx/ },
  { what: 'an .xlsx saved under an .xls name', name: '改名.xls', bytes: async () => workbookBytes((wb) => void wb.addWorksheet('表')), says: /\.xls/ },
];

describe.each(CASES.map((c) => [c.what, c] as const))('%s given to the CLI', (_what, c) => {
  test('wenming check: exit 2, a Chinese message naming the file, nothing on stdout', async () => {
    const path = tempFile(c.name, await c.bytes());
    for (const argv of [['check', path], ['check', '--json', path]]) {
      const { code, stdout, stderr } = await runCliCaptured(argv);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^错误：/);
      expect(stderr).toContain(c.name);
      expect(stderr).toMatch(c.says);
      expect(stderr).not.toMatch(/内部错误|at .*\.ts:\d+/);
    }
  });

  const registered = new Set(buildProgram().commands.map((command) => command.name()));
  const WRITERS: readonly [string, (input: string, output: string) => string[]][] = [
    ['fix', (i, o) => ['fix', i, '-o', o]],
    ['score', (i, o) => ['score', 'init', i, '--rubric', '附件2', '--entities', '附件1', '-o', o]],
    ['annex', (i, o) => ['annex', 'pairing-plan', '--from', i, '-o', o]],
  ];
  describe.each(WRITERS.map(([name, argv]) => [name, argv] as const))('wenming %s', (name, argv) => {
    (registered.has(name) ? test : test.skip)('exit 2, a Chinese message, and no output file', async () => {
      const path = tempFile(c.name, await c.bytes());
      const output = join(dirname(path), '输出.xlsx');
      const { code, stderr } = await runCliCaptured(argv(path, output));
      expect(code).toBe(2);
      expect(stderr).toMatch(/^错误：.*[\u4e00-\u9fff]/);
      expect(stderr).not.toMatch(/内部错误/);
      expect(existsSync(output)).toBe(false);
    });
  });
});

describe('files that are not there', () => {
  test('a missing file and a folder get Chinese messages', async () => {
    const dir = tempDir();
    const missing = await runCliCaptured(['check', join(dir, '不存在.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/找不到文件/);
    const folder = await runCliCaptured(['check', dir]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/文件夹/);
  });
});

describe('one bad file among good ones', () => {
  // Regression: the first unreadable file used to abort the batch and lose every good report.
  test('wenming check --json still reports the good files, names the bad one, and exits 2', async () => {
    const bad = tempFile('截断.xlsx', (await storedWorkbook()).subarray(0, 400));
    const { code, stdout, stderr } = await runCliCaptured(['check', '--json', fixturePath('seed001.xlsx'), bad, fixturePath('seed002.xlsx')]);
    expect(code).toBe(2);
    expect(stderr).toContain('截断.xlsx');
    expect(JSON.parse(stdout).files.map((f: { file: string }) => f.file)).toEqual([fixturePath('seed001.xlsx'), fixturePath('seed002.xlsx')]);
  });
});
