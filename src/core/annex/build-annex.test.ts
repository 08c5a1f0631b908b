import { ALL_FIXTURES } from '../../../test/support/fixtures';
import type { EditOp } from '../edit-plan/edit-plan';
import { gridFromRows } from '../grid/grid';
import { recognizeWorkbook } from '../recognize/recognize-tables';
import { buildFromFixture, fixtureWorkbook, writtenTexts } from './_test/annex-fixtures';
import { ANNEX_KINDS, type AnnexKind } from './annex-kind';
import { buildAnnex } from './build-annex';
import { findRawMobiles } from './mask-phones';
import { ANNEX_STAMP_FORMAT } from './official-format';

/** Full-width digits count: `１３９…` is a raw mobile too. */
const ascii = (text: string) => text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
const rawMobiles = (texts: readonly string[]) => texts.flatMap((t) => [...findRawMobiles(ascii(t)), ...(ascii(t).match(/(?<!\d)1[3-9]\d{10}(?!\d)/g) ?? [])]);

describe('masked annexes hold no raw personal mobile (every table of every fixture)', () => {
  test.each([...ALL_FIXTURES])('%s', async (file) => {
    const workbook = await fixtureWorkbook(file);
    const tables = recognizeWorkbook(workbook).filter((t) => t.kind !== 'unknown');
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      const grid = workbook.sheets.find((g) => g.name === table.sheet)!;
      const result = buildAnnex({ type: 'tables', grid, tables: [table] }, { workbook, maskPhones: true });
      expect(rawMobiles(writtenTexts(result))).toEqual([]);
    }
  });

  test('a column recognition does not know is masked too, mobiles typed as numbers included', () => {
    const grid = gridFromRows('附件1', [['文明单位结对社区共建活动计划表（2个）'], ['序号', '文明单位名称', '结对社区名单', '社区具体位置', '联系人及电话', '值班人员'],
      [1, '市委办公室', '兴鹤社区', '九州路1号', '郭小倩13939263117', 15038125566], [2, '市财政局', '福源社区', '淇滨大道2号', '韩旭15378673897', '王芳 18703921234']]);
    const workbook = { sheets: [grid] };
    const tables = recognizeWorkbook(workbook).filter((t) => t.kind !== 'unknown');
    const plain = buildAnnex({ type: 'tables', grid, tables }, { workbook });
    expect(rawMobiles(writtenTexts(plain))).toEqual(expect.arrayContaining(['15038125566', '18703921234']));
    const masked = buildAnnex({ type: 'tables', grid, tables }, { workbook, maskPhones: true });
    expect(rawMobiles(writtenTexts(masked))).toEqual([]);
    expect(writtenTexts(masked)).toEqual(expect.arrayContaining(['150****5566', '王芳 187****1234']));
  });

  test('and the masking is what hides them: unmasked, seed 000 附件1 prints over 100 mobiles', async () => {
    const plain = await buildFromFixture('seed000.xlsx', 'pairing-plan', '附件1');
    expect(new Set(rawMobiles(writtenTexts(plain))).size).toBeGreaterThan(100);
    const masked = await buildFromFixture('seed000.xlsx', 'pairing-plan', '附件1', { maskPhones: true });
    expect(masked.layout.report.maskedPhones).toBe(105);
  });
});

describe('the plan', () => {
  test('adds (or replaces) the sheet first, formats before values, stamps A1, sets the page last', async () => {
    const { plan, layout } = await buildFromFixture('seed000.xlsx', 'rubric', '附件2');
    const ops = plan.ops;
    expect(ops[0]).toEqual({ op: 'addSheet', sheet: '附件2（整理）', replace: true, activate: true });
    const firstValues = ops.findIndex((op) => op.op === 'setValues');
    const lastFormat = ops.map((op) => op.op).lastIndexOf('format');
    expect(lastFormat).toBeLessThan(firstValues);
    expect(ops.find((op): op is Extract<EditOp, { op: 'format' }> => op.op === 'format' && op.range === 'A1')?.format).toMatchObject({ font: { name: '黑体', size: 16 }, numberFormat: ANNEX_STAMP_FORMAT });
    expect(ops[ops.length - 1]).toEqual({
      op: 'pageSetup',
      sheet: '附件2（整理）',
      setup: {
        paperSize: 'A4', orientation: 'portrait', margins: { top: 37, bottom: 35, left: 28, right: 26, header: 10, footer: 23 },
        printTitleRows: '4:4', footer: '&C&"宋体"&14— &P —', fitToWidth: false, horizontalCentered: true, rowBreaks: layout.page.rowBreaks,
      },
    });
    expect(ops.filter((op) => op.op === 'merge').map((op) => (op as { range: string }).range)).toEqual(expect.arrayContaining(['A3:D3', 'A4:B4', 'A5:A8']));
  });

  test('every table cell gets a thin border, wrap and vertical centring; text columns are text (`@`)', async () => {
    const { plan } = await buildFromFixture('variants.xlsx', 'pairing-plan', '数字电话');
    const formats = plan.ops.filter((op): op is Extract<EditOp, { op: 'format' }> => op.op === 'format');
    expect(formats.find((f) => f.range === 'A4:E12')?.format).toMatchObject({ border: 'thin', wrap: true, vertical: 'middle', font: { name: '仿宋' } });
    expect(formats.find((f) => f.range === 'E5:E12')?.format.numberFormat).toBe('@');
    expect(formats.find((f) => f.range === 'A5:A12')?.format.numberFormat).toBe('General');
  });

  test('on a workbook that holds the annex already, the re-run replaces it', async () => {
    const workbook = await fixtureWorkbook('seed002.xlsx');
    const { layout } = buildAnnex({ type: 'template', kind: 'roster' }, { workbook: { sheets: [...workbook.sheets, { name: '附件1', values: [['附件1']], numberFormats: [[ANNEX_STAMP_FORMAT]], merges: [] }] } });
    expect([layout.sheet, layout.replaces]).toEqual(['附件1', true]);
  });
});

describe('options', () => {
  test('number and title override the source', async () => {
    const { layout } = await buildFromFixture('seed002.xlsx', 'task-breakdown', '附件5', { number: 6, title: '  社区建设年 目标分解表 ' });
    expect([layout.sheet, layout.number, layout.title, layout.rows[0].cells[0]]).toEqual(['附件6', 6, '社区建设年目标分解表', '附件6']);
  });

  test('official fonts name the standard fonts', () => {
    expect(buildAnnex({ type: 'template', kind: 'roster' }, { fonts: 'official' }).layout.fonts).toEqual({
      label: { name: '黑体', size: 16, bold: false },
      title: { name: '方正小标宋简体', size: 22, bold: false },
      header: { name: '仿宋_GB2312', size: 12, bold: true },
      body: { name: '仿宋_GB2312', size: 12, bold: false },
    });
  });

  test.each([0, -1, 1.5, 1000, Number.NaN])('a bad annex number %p is a caller bug', (number) => {
    expect(() => buildAnnex({ type: 'template', kind: 'roster' }, { number })).toThrow('annex number must be an integer from 1 to 999');
  });

  test('a template of every kind builds', () => {
    for (const kind of ANNEX_KINDS) expect(buildAnnex({ type: 'template', kind }).layout.report.rows).toBeGreaterThan(0);
  });

  test('plain scores make a score summary', () => {
    const { layout } = buildAnnex({ type: 'scores', entries: [{ name: '甲社区', score: 96 }, { name: '乙社区', score: 79.5 }] }, { number: 2 });
    expect(layout.rows.filter((r) => r.role === 'data').map((r) => r.cells)).toEqual([[1, '甲社区', 96, '五星级', 1], [2, '乙社区', 79.5, '未达星级', 2]]);
  });

  test('unrecognised or mixed tables are caller bugs', async () => {
    const workbook = await fixtureWorkbook('variants.xlsx');
    const tables = recognizeWorkbook(workbook);
    const unknown = tables.find((t) => t.kind === 'unknown')!;
    const grid = workbook.sheets.find((g) => g.name === unknown.sheet)!;
    expect(() => buildAnnex({ type: 'tables', grid, tables: [unknown] })).toThrow('unrecognised');
    const two = [tables.find((t) => t.kind === 'roster')!, tables.find((t) => t.kind === 'pairing-plan')!];
    expect(() => buildAnnex({ type: 'tables', grid, tables: two })).toThrow('one kind');
  });
});

test('every annex kind is laid out inside the text block', async () => {
  const sources: [string, AnnexKind, string][] = [['seed000.xlsx', 'pairing-plan', '附件1'], ['seed004.xlsx', 'indicator-checklist', '附件1'], ['seed004.xlsx', 'grid-assignment', '附件4']];
  for (const [file, kind, sheet] of sources) {
    const { layout } = await buildFromFixture(file, kind, sheet);
    expect(layout.page.tableWidthMm).toBeLessThanOrEqual(layout.page.textWidthMm);
  }
});
