import { checkWorkbook } from '../src/core/check/check-workbook';
import { recognizeWorkbook } from '../src/core/recognize/recognize-tables';
import { summarizeTable } from '../src/core/recognize/table-summary';
import { buildScoreSheet } from '../src/core/scoring/buildScoreSheet';
import { extractRubric } from '../src/core/scoring/extractRubric';
import { XlsxHost } from '../src/hosts/xlsx/xlsx-host';
import { openFixture } from './support/fixtures';

/** The score sheets the product builds must be recognised again (and checked) when the workbook comes back. */
describe.each([
  ['seed000.xlsx', '附件2', 16],
  ['seed001.xlsx', '附件2', 21],
])('a score sheet built from %s', (fixture, rubricSheet, items) => {
  test('is recognised as a score-sheet with its items, total and rank', async () => {
    const host = await openFixture(fixture);
    const workbook = await host.readWorkbook();
    const table = recognizeWorkbook(workbook).find((t) => t.sheet === rubricSheet && t.kind === 'rubric')!;
    const { rubric } = extractRubric(table, workbook.sheets.find((s) => s.name === rubricSheet)!);
    await host.applyEditPlan(buildScoreSheet(rubric, { sheet: '评分表', entities: ['迎宾社区', '怡乐园社区', '福源社区'] }).plan);
    const reread = await XlsxHost.fromBuffer(await host.toBuffer());
    const after = await reread.readWorkbook();
    const summary = recognizeWorkbook(after).map(summarizeTable).find((t) => t.sheet === '评分表')!;
    expect(summary).toMatchObject({ kind: 'score-sheet', dataRows: 3, headerRows: [2, 3] });
    expect((summary.columns.item as string[]).length).toBeGreaterThanOrEqual(items);
    expect(summary.columns).toHaveProperty('total');
    expect(summary.columns).toHaveProperty('rank');

    // A score above its maximum typed into the sheet (bypassing validation, as a paste does) is reported.
    const sheet = reread.workbook.getWorksheet('评分表')!;
    sheet.getCell(`${summary.columns.item[0]}4`).value = 99;
    sheet.getCell(`${summary.columns.item[1]}5`).value = '优秀';
    const codes = checkWorkbook(await reread.readWorkbook()).findings.filter((f) => f.sheet === '评分表').map((f) => `${f.cell} ${f.code}`);
    expect(codes).toEqual(expect.arrayContaining([`${summary.columns.item[0]}4 SCORE_OVER_MAX`, `${summary.columns.item[1]}5 SCORE_NOT_NUMBER`]));
  });
});
