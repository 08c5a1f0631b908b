import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxHost } from '../src/hosts/xlsx/xlsx-host';
import { fixturePath } from './support/fixtures';
import { runCliCaptured } from './support/run-cli';

const dir = mkdtempSync(join(tmpdir(), 'wenming-score-'));

describe('wenming score', () => {
  test('init --json prints the layout of the sheet it adds for seed 000’s 46 淇滨区 communities', async () => {
    const out = join(dir, 'score.xlsx');
    const { code, stdout } = await runCliCaptured(['score', 'init', fixturePath('seed000.xlsx'), '--rubric', '附件2', '--entities', '附件1:1', '--target', '三星级:50%', '-o', out, '--json']);
    expect(code).toBe(0);
    const layout = JSON.parse(stdout);
    expect(layout).toMatchObject({ sheet: '评分表', firstRow: 4, lastRow: 49, entityColumn: 'B' });
    expect(Object.keys(layout)).toEqual(expect.arrayContaining(['inputs', 'total', 'level', 'rank']));
    expect(layout.inputs[0]).toMatchObject({ column: 'C', item: '1', max: 5 });
    const sheet = (await XlsxHost.fromBuffer(readFileSync(out))).workbook.getWorksheet('评分表')!;
    expect(sheet.getCell(`B4`).value).toBe('迎宾社区');
    expect(sheet.getCell(`${layout.total}4`).value).toMatchObject({ formula: expect.stringContaining('SUM(') });
    expect(sheet.getCell('C4').dataValidation).toMatchObject({ type: 'decimal' });
  });

  test('stars and awards build their sheets from seeds 002 and 003', async () => {
    const stars = await runCliCaptured(['score', 'stars', fixturePath('seed002.xlsx'), '--standard', '附件3', '--entities', '富田社区,荣华社区,丰乐社区', '-o', join(dir, 'stars.xlsx')]);
    expect(stars.code).toBe(0);
    expect(stars.stdout).toContain('16 个星级项目');
    const awards = await runCliCaptured(['score', 'awards', fixturePath('seed003.xlsx'), '--rules', '考核办法', '--entities', '月度考核', '-o', join(dir, 'awards.xlsx')]);
    expect(awards.code).toBe(0);
    expect(awards.stdout).toContain('12 个对象');
  });

  test.each([
    [['score', 'init', fixturePath('seed000.xlsx'), '--rubric', '附件2', '--entities', '附件1:1', '--target', '七星级:50%', '-o', join(dir, 'x.xlsx')], '不在测评标准的等级中'],
    [['score', 'init', fixturePath('seed000.xlsx'), '--rubric', '附件1', '--entities', '附件1:1', '-o', join(dir, 'x.xlsx')], '没有识别到测评标准'],
    [['score', 'init', fixturePath('seed000.xlsx'), '--rubric', '附件2', '--entities', '附件1:9', '-o', join(dir, 'x.xlsx')], '没有第 9 个'],
    [['score', 'awards', fixturePath('seed003.xlsx'), '--rules', '月度考核', '--entities', '月度考核', '-o', join(dir, 'x.xlsx')], '没有读到完整的奖惩规则'],
  ])('%j exits 2 in Chinese', async (argv, message) => {
    const { code, stderr } = await runCliCaptured(argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
