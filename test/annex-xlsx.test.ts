import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildAnnex } from '../src/core/annex/build-annex';
import { isBuiltAnnex } from '../src/core/annex/annex-sheet-name';
import { findRawMobiles } from '../src/core/annex/mask-phones';
import { ANNEX_STAMP_FORMAT } from '../src/core/annex/official-format';
import { recognizeWorkbook } from '../src/core/recognize/recognize-tables';
import { XlsxHost } from '../src/hosts/xlsx/xlsx-host';
import { ALL_FIXTURES, openFixture } from './support/fixtures';

/** The annex through ExcelJS and back: what a user opening the .xlsx gets. */
async function roundTrip(host: XlsxHost): Promise<XlsxHost> {
  return XlsxHost.fromBuffer(await host.toBuffer());
}

function cellTexts(sheet: ExcelJS.Worksheet): string[] {
  const texts: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => { texts.push(String(cell.text ?? '')); }));
  return texts;
}

test('seed 000 附件2 written by ExcelJS: stamp, fonts, merges, page setup, footer, print titles', async () => {
  const host = await openFixture('seed000.xlsx');
  const workbook = await host.readWorkbook();
  const table = recognizeWorkbook(workbook).find((t) => t.sheet === '附件2')!;
  const { plan, layout } = buildAnnex({ type: 'tables', grid: workbook.sheets.find((g) => g.name === '附件2')!, tables: [table] }, { workbook });
  await host.applyEditPlan(plan);
  const back = await roundTrip(host);
  const sheet = back.workbook.getWorksheet(layout.sheet)!;
  expect(sheet.getCell('A1').value).toBe('附件2');
  expect(sheet.getCell('A1').numFmt).toBe(ANNEX_STAMP_FORMAT);
  expect(sheet.getCell('A1').font).toMatchObject({ name: '黑体', size: 16 });
  expect(sheet.getCell('A3').font).toMatchObject({ name: '宋体', size: 22, bold: true });
  expect(sheet.getCell('A3').alignment).toMatchObject({ horizontal: 'center' });
  expect(sheet.getCell('B6').border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' } });
  expect(sheet.getCell('B6').alignment).toMatchObject({ wrapText: true, vertical: 'middle' });
  expect(sheet.getCell('A4').font).toMatchObject({ name: '仿宋', bold: true });
  expect((sheet.model as { merges: string[] }).merges).toEqual(expect.arrayContaining(['A3:D3', 'A4:B4', 'A5:A8']));
  expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', printTitlesRow: '4:4', horizontalCentered: true });
  expect(sheet.pageSetup.margins?.top).toBeCloseTo(37 / 25.4, 3);
  expect(sheet.pageSetup.margins?.left).toBeCloseTo(28 / 25.4, 3);
  expect(sheet.headerFooter.oddFooter).toBe('&C&"宋体"&14— &P —');
  expect(sheet.getColumn(2).width).toBe(layout.columns[1].width);
  expect(sheet.getRow(3).height).toBe(layout.rows[2].height);
  // The page break that keeps 物业管理好 with its four items.
  expect(layout.page.rowBreaks.length).toBeGreaterThan(0);
  // ExcelJS writes manual breaks but does not read them back: look at the saved sheet XML.
  const zip = await JSZip.loadAsync(await host.toBuffer());
  const xml = await Promise.all(Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
  const breaks = xml.flatMap((x) => [...x.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1])));
  expect(breaks).toEqual(layout.page.rowBreaks);
  // Read back, the sheet is recognised as an annex this builder made.
  expect(isBuiltAnnex((await back.readWorkbook()).sheets.find((g) => g.name === layout.sheet)!)).toBe(true);
});

test.each([...ALL_FIXTURES])('%s: every cell of every masked annex, as saved, holds no raw mobile', async (file) => {
  const host = await openFixture(file);
  const workbook = await host.readWorkbook();
  const built: string[] = [];
  const tables = recognizeWorkbook(workbook).filter((t) => t.kind !== 'unknown');
  for (const [i, table] of tables.entries()) {
    const grid = workbook.sheets.find((g) => g.name === table.sheet)!;
    const { plan, layout } = buildAnnex({ type: 'tables', grid, tables: [table] }, { maskPhones: true, number: 10 + i });
    built.push(layout.sheet);
    await host.applyEditPlan(plan);
  }
  expect(built.length).toBeGreaterThan(0);
  const back = await roundTrip(host);
  for (const name of built) {
    const texts = cellTexts(back.workbook.getWorksheet(name)!).map((t) => t.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
    expect(texts.flatMap(findRawMobiles)).toEqual([]);
    expect(texts.filter((t) => /(?<!\d)1[3-9]\d{10}(?!\d)/.test(t))).toEqual([]);
  }
});
