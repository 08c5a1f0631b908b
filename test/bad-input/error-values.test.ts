import type ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/core/check/check-workbook';
import { FakeWorkbook } from '../../src/hosts/office/_test/fake-workbook';
import { cliChecks, survives, tempFile, workbookBytes } from '../support/bad-input';
import { officeHostOver } from '../support/fake-office';
import { COMMAND_SETTINGS } from '../support/workbook-commands';

const ERRORS = ['#REF!', '#N/A', '#DIV/0!'] as const;

/** A pairing plan whose data, header and title cells hold error values, constant and computed. */
async function erroneousPlan(): Promise<Uint8Array> {
  return workbookBytes((wb) => {
    const sheet = wb.addWorksheet('附件1');
    sheet.getCell('A1').value = { formula: 'CONCATENATE("计划表（",1/0,"个）")', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    ['序号', '文明单位名称', '结对社区名单', '社区具体位置', '联系人及电话'].forEach((text, i) => { sheet.getCell(2, i + 1).value = text; });
    sheet.getCell('F2').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    const rows: ExcelJS.CellValue[][] = [
      [1, '市委办公室', '兴鹤社区', '九州路1号', { error: '#REF!' } as ExcelJS.CellErrorValue],
      [2, { error: '#N/A' } as ExcelJS.CellErrorValue, '福源社区', '淇滨大道2号', '韩旭：15378673897'],
      [{ formula: 'A4+1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue, '市财政局', '长江社区', { formula: 'VLOOKUP("x",Z1:Z2,2,FALSE)', result: { error: '#N/A' } } as ExcelJS.CellFormulaValue, '徐静13551701935'],
      [4, '市教育局', { formula: '#REF!', result: { error: '#REF!' } } as ExcelJS.CellFormulaValue, '华山路4号', '郭小倩13939263117'],
    ];
    rows.forEach((row, r) => row.forEach((v, c) => { sheet.getCell(3 + r, c + 1).value = v; }));
  });
}

describe('#REF!, #N/A and #DIV/0! cells', () => {
  test('are reported as CELL_ERROR where they sit in data, and survive marking unchanged', async () => {
    const { result, marked } = await survives(await erroneousPlan());
    const errors = result.findings.filter((f) => f.code === 'CELL_ERROR');
    expect(errors.map((f) => f.cell)).toEqual(expect.arrayContaining(['E3', 'B4', 'A5', 'D5', 'C6']));
    for (const finding of errors) expect(finding.message).toMatch(/#(REF!|N\/A|DIV\/0!)/);
    const sheet = marked.workbook.getWorksheet('附件1')!;
    expect(sheet.getCell('E3').value).toEqual({ error: '#REF!' });
    expect(sheet.getCell('A5').formula).toBe('A4+1/0');
  });

  test('through the CLI', async () => {
    const { code, json } = await cliChecks(tempFile('错误值.xlsx', await erroneousPlan()));
    expect(code).toBe(1);
    expect(json.files[0].findings.filter((f) => f.code === 'CELL_ERROR').length).toBeGreaterThanOrEqual(5);
  });

  test.each(ERRORS)('%s in every column of a row, read through the Office.js host', async (error) => {
    const workbook = FakeWorkbook.fromRows({
      附件1: [
        ['序号', '文明单位名称', '结对社区名单', '社区具体位置', '联系人及电话'],
        [1, '市委办公室', '兴鹤社区', '九州路1号', '郭小倩13939263117'],
        [{ error }, { error }, { error }, { error }, { error }],
      ],
    });
    const { host } = await officeHostOver(workbook);
    const grids = await host.readWorkbook();
    const { findings } = checkWorkbook(grids, COMMAND_SETTINGS);
    expect(findings.filter((f) => f.code === 'CELL_ERROR').length).toBeGreaterThanOrEqual(4);
  });
});
