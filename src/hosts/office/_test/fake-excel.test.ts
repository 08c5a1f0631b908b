import type { EditOp, EditPlan } from '../../../core/edit-plan/edit-plan';
import { snapshotTargets } from '../../../core/edit-plan/plan-snapshot';
import { ALL_CAPABILITIES } from '../office-capabilities';
import { queueEditOp } from '../queue-edit-op';
import { queueSnapshot } from '../queue-snapshot';
import { queueSheetRead } from '../read-sheets';
import { FakeExcel, WEB_PAYLOAD_LIMIT } from './fake-excel';
import { FakeWorkbook } from './fake-workbook';
import { recordedOfficeJsContext } from './office-js-requests';

// The Office.js build in node_modules predates notes (ExcelApi 1.18): compare through the comments fallback.
const capabilities = { ...ALL_CAPABILITIES, notes: false };

/** Every kind of op the core emits, a hyperlinked block, and a block above Office.js's 1,500-cell bulk split. */
const plan: EditPlan = { summary: '', ops: [
  { op: 'addSheet', sheet: '校验结果', replace: true },
  { op: 'setValues', sheet: '校验结果', at: 'A1', values: [['序号', '单元格'], [1, { text: 'E3', hyperlink: "#'附件1'!E3" }]] },
  { op: 'setValues', sheet: '附件1', at: 'A2', values: Array.from({ length: 800 }, (_, i) => [i + 1, `东苑兴鹤社区${i}`, { formula: `IF(A${i + 2}="","",1)` }]) },
  { op: 'format', sheet: '附件1', range: 'E3', format: { fill: '#FFC7CE' } },
  { op: 'format', sheet: '附件1', range: 'E4:E9', format: { fill: null } },
  { op: 'format', sheet: '附件1', range: 'A3:G3', format: { font: { bold: true, name: '黑体' }, border: 'thin', horizontal: 'center', wrap: true } },
  { op: 'format', sheet: '附件1', range: 'C2:C801', format: { numberFormat: '@' } },
  { op: 'note', sheet: '附件1', cell: 'E3', text: '【文明创建表格助手】\n错误 PHONE_INVALID：电话号码“135696667405”无效' },
  { op: 'merge', sheet: '附件1', range: 'A1:C1' },
  { op: 'columnWidth', sheet: '附件1', column: 'B', width: 20 },
  { op: 'rowHeight', sheet: '附件1', row: 4, height: 28 },
  { op: 'validation', sheet: '附件1', range: 'C2:C9', rule: { type: 'decimal', min: 0, max: 5, error: '得分应在 0～5 之间' } },
  { op: 'conditionalFormat', sheet: '附件1', range: 'D2:D9', rule: { type: 'expression', formula: '$D2<60', format: { fill: '#FFC7CE' } } },
  { op: 'pageSetup', sheet: '附件1', setup: { paperSize: 'A4', orientation: 'landscape', margins: { top: 37, bottom: 35, left: 28, right: 26 }, printTitleRows: '4:4' } },
  { op: 'freeze', sheet: '附件1', rows: 3, columns: 0 },
] };

function queuePlan(context: Excel.RequestContext, ops: readonly EditOp[]): void {
  const comments = new Map();
  queueSnapshot(context, snapshotTargets({ summary: '', ops }), capabilities, comments);
  for (const op of ops) queueEditOp(context, op, { capabilities, comments, fallbacks: new Set() });
}

describe('FakeExcel request sizes', () => {
  it.each([
    ['a whole plan with its undo snapshot', (context: Excel.RequestContext) => queuePlan(context, plan.ops)],
    ['one fill', (context: Excel.RequestContext) => queuePlan(context, [plan.ops[3]])],
    ['the one-sync read', (context: Excel.RequestContext) => {
      context.workbook.worksheets.load('items/name');
      queueSheetRead(context, '附件1', capabilities);
    }],
  ])('counts %s within 1 %% of what Office.js sends', async (_name, queue) => {
    const real = recordedOfficeJsContext();
    queue(real.context);
    await real.context.sync();
    const excel = new FakeExcel(FakeWorkbook.fromRows({ 附件1: [['x']] }));
    await excel.run(async (context) => {
      queue(context);
      await context.sync();
    });
    expect(excel.requestSizes[0] / real.sizes[0]).toBeGreaterThan(0.99);
    expect(excel.requestSizes[0] / real.sizes[0]).toBeLessThan(1.01);
  });
});

describe('FakeExcel web mode', () => {
  const long = '文明城市创建'.repeat(20);
  const big: EditOp = { op: 'setValues', sheet: '表', at: 'A1', values: Array.from({ length: 8_000 }, () => [long, long]) };

  it('refuses a request above 5 MB with RequestPayloadSizeLimitExceeded, writing nothing', async () => {
    const excel = new FakeExcel(FakeWorkbook.fromRows({ 表: [['x']] }), { web: true });
    const attempt = excel.run(async (context) => queueEditOp(context, big, { capabilities, comments: new Map(), fallbacks: new Set() }));
    await expect(attempt).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(excel.requestSizes[0]).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    expect(excel.workbook.sheet('表')!.cell(0, 0)?.value).toBe('x');
  });

  it('refuses a response above 5 MB with ResponsePayloadSizeLimitExceeded', async () => {
    const excel = new FakeExcel(FakeWorkbook.fromRows({ 表: Array.from({ length: 8_000 }, () => [long, long]) }), { web: true });
    const attempt = excel.run(async (context) => {
      context.workbook.worksheets.getItem('表').getRange('A1:B8000').load('values');
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(excel.responseSizes[0]).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
  });

  it('has no limit on the desktop', async () => {
    const excel = new FakeExcel(FakeWorkbook.fromRows({ 表: [['x']] }));
    await excel.run(async (context) => {
      queueEditOp(context, big, { capabilities, comments: new Map(), fallbacks: new Set() });
      context.workbook.worksheets.getItem('表').getRange('A1:B8000').load('values');
      await context.sync();
    });
    expect(excel.requestSizes[0]).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    expect(excel.responseSizes[0]).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
  });
});
