import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxHost } from '../src/hosts/xlsx/xlsx-host';
import { tempFile, workbookBytes } from './support/bad-input';
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

describe('wenming score init on a rubric it cannot score', () => {
  const header = ['测评项目', '测评标准', '测评方法', '分值', '得分'];
  const rubricFile = (name: string, rows: (string | number | null)[][]) =>
    workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('附件2');
      sheet.addRow(['文明社区测评标准']);
      sheet.addRow(header);
      for (const row of rows) sheet.addRow(row);
    }).then((bytes) => tempFile(name, bytes));

  test.each([
    ['no items: only category rows', [['一、组织领导', null, null, null, null], ['二、环境卫生', null, null, null, null]], '工作表“附件2”里没有读出评分项：需要一列“分值”或写在标准里的“（5分）”'],
    ['no maxima: 分值 column left blank, no points in the text', [['组织领导', '成立创建工作领导小组。', '查阅资料', null, null], [null, '制订年度创建工作计划。', '查阅资料', null, null]], '工作表“附件2”里读出 2 个评分项，但都没有分值：需要一列“分值”或写在标准里的“（5分）”'],
  ])('%s: says which sheet and what was expected, exits 2 without a stack trace', async (_, rows, message) => {
    const file = await rubricFile('rubric.xlsx', rows);
    const { code, stdout, stderr } = await runCliCaptured(['score', 'init', file, '--rubric', '附件2', '--entities', '甲社区,乙社区', '-o', join(dir, 'unscorable.xlsx')]);
    expect(code).toBe(2);
    expect(stderr).toBe(`错误：${message}\n`);
    expect(stdout).toBe('');
  });
});

describe('wenming score --entities from any list (issue 11)', () => {
  const withList = (build: (sheet: import('exceljs').Worksheet) => void) =>
    workbookBytes((workbook) => {
      const rubric = workbook.addWorksheet('附件2');
      rubric.addRow(['文明社区测评标准']);
      rubric.addRow(['测评项目', '测评标准', '测评方法', '分值', '得分']);
      rubric.addRow(['组织领导', '1.成立创建工作领导小组。', '查阅资料', 4, null]);
      rubric.addRow([null, '2.制订年度创建工作计划。', '查阅资料', 6, null]);
      build(workbook.addWorksheet('名单'));
    }).then((bytes) => tempFile('list.xlsx', bytes));

  test.each([
    ['a plain 序号 | 社区名称 list', (sheet: import('exceljs').Worksheet) => {
      sheet.addRow(['参评社区名单']);
      sheet.addRow(['序号', '社区名称']);
      ['建南社区', '胜中社区', '工南社区'].forEach((name, i) => sheet.addRow([i + 1, name]));
    }],
    ['names typed one per row under a title', (sheet: import('exceljs').Worksheet) => {
      sheet.addRow(['参评社区名单']);
      sheet.addRow(['东区（2个）']);
      sheet.addRow(['建南社区']);
      sheet.addRow(['胜中社区']);
      sheet.addRow(['西区（1个）']);
      sheet.addRow(['工南社区']);
    }],
  ])('%s gives the rows of the score sheet', async (_, build) => {
    const file = await withList(build);
    const out = join(dir, 'from-list.xlsx');
    const { code, stdout } = await runCliCaptured(['score', 'init', file, '--rubric', '附件2', '--entities', '名单', '-o', out, '--json']);
    expect(code).toBe(0);
    const layout = JSON.parse(stdout);
    const sheet = (await XlsxHost.fromBuffer(readFileSync(out))).workbook.getWorksheet(layout.sheet)!;
    const names = [layout.firstRow, layout.firstRow + 1, layout.firstRow + 2].map((row: number) => sheet.getCell(`${layout.entityColumn}${row}`).value);
    expect(names).toEqual(['建南社区', '胜中社区', '工南社区']);
    expect(layout.lastRow - layout.firstRow + 1).toBe(3);
  });
});
