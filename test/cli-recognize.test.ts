import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { XlsxHost } from '../src/hosts/xlsx/xlsx-host';
import { REAL_XLSX_DIR } from './fixtures/real/load-real-corpus';
import { runCliCaptured } from './support/run-cli';
import { tempDir } from './support/temp-dir';

/** r26 (湖北省 测评汇总表): a two-row header the recogniser does not read as a rubric. */
const SOURCE = join(REAL_XLSX_DIR, 'r26-hubei-huizong.xlsx');
const MAPS = ['--map', '汇总表!kind=rubric', '--map', '汇总表!header=4,5', '--map', '汇总表!E=score'];
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function tablesOf(argv: string[]) {
  const { code, stdout } = await runCliCaptured(argv);
  expect(code).toBe(0);
  return JSON.parse(stdout).tables;
}

describe('wenming recognize: corrections given, stored, and used by every command', () => {
  test('--map corrects the kind, the header rows and a column, and says so', async () => {
    const [table] = await tablesOf(['recognize', SOURCE, '--json', ...MAPS]);
    expect(table).toMatchObject({ kind: 'rubric', headerRows: [4, 5], columns: { seq: 'A', category: 'B', maxPoints: 'C', score: ['D', 'E'] }, corrected: true, confidence: 1 });
  });

  test('-o stores the corrections in the copy: they survive saving and reopening, and check uses them', async () => {
    const dir = tempDir();
    const output = join(dir, 'corrected.xlsx');
    const before = sha(SOURCE);
    const { code, stdout } = await runCliCaptured(['recognize', SOURCE, ...MAPS, '-o', output]);
    expect(code).toBe(0);
    expect(stdout).toContain('已保存识别更正');
    expect(sha(SOURCE)).toBe(before);

    const [reread] = await tablesOf(['recognize', output, '--json']);
    expect(reread).toMatchObject({ kind: 'rubric', headerRows: [4, 5], corrected: true });
    const { stdout: checked } = await runCliCaptured(['check', output, '--json']);
    expect(JSON.parse(checked).files[0].tables[0]).toMatchObject({ kind: 'rubric', headerRows: [4, 5] });
    // The settings sheet is never one of the workbook's sheets.
    const grids = await (await XlsxHost.fromBuffer(readFileSync(output))).readWorkbook();
    expect(grids.sheets.map((s) => s.name)).toEqual(['汇总表']);
    // A score sheet built from the stored correction.
    const { code: scored } = await runCliCaptured(['score', 'init', output, '--rubric', '汇总表', '--entities', '甲社区,乙社区', '-o', join(dir, 'score.xlsx')]);
    expect(scored).toBe(0);
  });

  test('--mapping reads the same corrections from a JSON file', async () => {
    const file = join(tempDir(), 'mapping.json');
    writeFileSync(file, JSON.stringify({ tables: [{ sheet: '汇总表', kind: 'rubric', headerRows: [4, 5], columns: { E: 'score' } }] }));
    const [table] = await tablesOf(['recognize', SOURCE, '--json', '--mapping', file]);
    expect(table).toMatchObject({ kind: 'rubric', headerRows: [4, 5], columns: { score: ['D', 'E'] } });
  });

  test.each([
    [['--map', '汇总表!E=分数'], /角色“分数”不存在/],
    [['--map', '附件9!kind=rubric'], /工作表不存在：“附件9”/],
    [['--mapping', '/nonexistent/mapping.json'], /无法读取 --mapping 文件/],
  ])('bad corrections %j: a Chinese message and exit 2', async (flags, message) => {
    const { code, stderr } = await runCliCaptured(['recognize', SOURCE, ...flags]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  test('readable output names the kind, the header, the roles, and asks to check an unsure table', async () => {
    const { stdout } = await runCliCaptured(['recognize', join(REAL_XLSX_DIR, 'r46-zhangjiakou-shequmingdan.xlsx')]);
    expect(stdout).toMatch(/社区（单位）名单（把握 60%，请核对，可用 --map 更正），无表头，数据 28 行；A=对象/);
  });
});

test('check says which tables it is unsure of and which roles it guessed', async () => {
  const { stdout } = await runCliCaptured(['check', join(REAL_XLSX_DIR, 'r46-zhangjiakou-shequmingdan.xlsx')]);
  expect(stdout).toContain('把握 60%，请核对；识别有误时用 wenming recognize --map 更正');
  const { stdout: guessed } = await runCliCaptured(['check', join(REAL_XLSX_DIR, 'r27-guangzhou-shequ.xlsx')]);
  expect(guessed).toMatch(/推测的列：.*=C/);
});
