import { checkWorkbook } from '../../src/core/check/check-workbook';
import { recognizeTables } from '../../src/core/recognize/recognize-tables';
import { gridFromRows } from '../../src/core/grid/grid';
import { cliChecks, survives, tempFile, workbookBytes } from '../support/bad-input';
import { runCliCaptured } from '../support/run-cli';

describe('an empty workbook', () => {
  test('with no sheets at all: the core finds nothing and the CLI says so', async () => {
    expect(checkWorkbook({ sheets: [] })).toEqual({ tables: [], findings: [], skipped: [] });
    const bytes = await workbookBytes(() => undefined);
    await survives(bytes);
    const { code, json } = await cliChecks(tempFile('空工作簿.xlsx', bytes));
    expect(code).toBe(0);
    expect(json.files[0]).toMatchObject({ tables: [], findings: [] });
    const readable = await runCliCaptured(['check', tempFile('空工作簿.xlsx', bytes)]);
    expect(readable.stdout).toMatch(/没有发现问题/);
  });

  test('with one empty sheet: one table of kind unknown and no range', async () => {
    expect(recognizeTables(gridFromRows('Sheet1', []))).toMatchObject([{ kind: 'unknown' }]);
    const bytes = await workbookBytes((wb) => void wb.addWorksheet('Sheet1'));
    const { result } = await survives(bytes);
    expect(result.findings).toEqual([]);
    const { code, json } = await cliChecks(tempFile('空表.xlsx', bytes));
    expect(code).toBe(0);
    expect(json.files[0].tables).toEqual([expect.objectContaining({ kind: 'unknown', range: null })]);
  });

  test('with sheets that hold only blanks, spaces and empty strings', async () => {
    const bytes = await workbookBytes((wb) => {
      const sheet = wb.addWorksheet('空白');
      sheet.getCell('B2').value = '';
      sheet.getCell('C3').value = '　';
      sheet.getCell('D4').value = ' \u00a0\u200b';
      sheet.getCell('E5').style = { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } } };
    });
    const { result } = await survives(bytes);
    expect(result.tables.map((t) => t.kind)).toEqual(['unknown']);
    await cliChecks(tempFile('空白.xlsx', bytes));
  });
});
