import { makeFinding } from '../findings/finding';
import { gridFromRows } from '../grid/grid';
import { markFindings, RESULTS_SHEET, SEVERITY_FILL } from './mark-findings';

const workbook = { sheets: [gridFromRows('附件1', [['联系人及电话'], ['郭小倩13939263117']])] };
const phone = makeFinding('PHONE_INVALID', '附件1', 'A2', { phone: '135696667405', reason: '位数不对' });
const repeated = makeFinding('HEADER_REPEATED', '附件1', 'A3:E3', { row: 3 });

describe('markFindings', () => {
  test('fills and notes each flagged cell, lists findings with links in 校验结果', () => {
    const plan = markFindings([phone, repeated], workbook, '2026-11-21');
    const marks = plan.ops.filter((op) => op.sheet === '附件1');
    expect(marks).toEqual([
      { op: 'format', sheet: '附件1', range: 'A2', format: { fill: '#FFC7CE' } },
      { op: 'format', sheet: '附件1', range: 'A3', format: { fill: '#DDEBF7' } },
      { op: 'note', sheet: '附件1', cell: 'A2', text: '【文明创建表格助手】\n错误：电话号码无效——电话号码“135696667405”无效：位数不对\n建议：请核对号码：手机号为 1 开头的 11 位数字，固话为 0＋区号＋7～8 位号码' },
      { op: 'note', sheet: '附件1', cell: 'A3', text: expect.stringMatching(/^【文明创建表格助手】\n提示：表头重复出现——第 3 行重复了表头/) },
    ]);
    const header = plan.ops.find((op) => op.op === 'setValues' && op.sheet === RESULTS_SHEET && op.at === 'A1');
    expect(header).toMatchObject({ values: [[expect.any(String)], [expect.any(String)], ['序号', '工作表', '单元格', '级别', '问题类型', '问题', '建议', '代码']] });
    const rows = plan.ops.find((op) => op.op === 'setValues' && op.sheet === RESULTS_SHEET && op.at === 'A4');
    expect(rows).toMatchObject({ values: [
      [1, '附件1', { text: 'A2', hyperlink: '#附件1!A2' }, '错误', '电话号码无效', '电话号码“135696667405”无效：位数不对', expect.any(String), 'PHONE_INVALID'],
      [2, '附件1', { text: 'A3:E3', hyperlink: '#附件1!A3' }, '提示', '表头重复出现', expect.any(String), expect.any(String), 'HEADER_REPEATED'],
    ] });
    expect(plan.ops.filter((op) => op.op === 'format' && op.sheet === RESULTS_SHEET && op.format.border).map((op) => op.op === 'format' && op.range)).toEqual(['A3:H3', 'A4:H5']);
    expect(plan.ops.filter((op) => op.op === 'addSheet')).toEqual([{ op: 'addSheet', sheet: RESULTS_SHEET, replace: true }]);
  });

  test('a second run clears marks of cells no longer flagged and adds no duplicates', () => {
    const results = gridFromRows(RESULTS_SHEET, [['校验结果（文明创建表格助手生成，重新校验时整表替换）'], [''], ['序号'], [1, '附件1', 'A2', '错误', '电话号码无效', '…', '…', 'PHONE_INVALID']]);
    const plan = markFindings([], { sheets: [...workbook.sheets, results] });
    expect(plan.ops.filter((op) => op.sheet === '附件1')).toEqual([
      { op: 'format', sheet: '附件1', range: 'A2', format: { fill: null } },
      { op: 'note', sheet: '附件1', cell: 'A2', text: null },
    ]);
    expect(plan.ops.filter((op) => op.op === 'addSheet')).toHaveLength(1);
  });

  test('adjacent cells with the same fill get one op over their range: runs down a column, rectangles across', () => {
    const grid = gridFromRows('附件1', Array.from({ length: 12 }, () => ['', '', '', '', '', '']));
    const at = (code: 'PHONE_INVALID' | 'NAME_SPACING', cell: string) => makeFinding(code, '附件1', cell, { phone: '1', reason: '位数不对' });
    // E3:E5 and F3:F5 are errors (a rectangle), E9 an error on its own, E6 a warning between them.
    const findings = [...['E3', 'E4', 'E5', 'F3', 'F4', 'F5', 'E9'].map((cell) => at('PHONE_INVALID', cell)), at('NAME_SPACING', 'E6')];
    const plan = markFindings(findings, { sheets: [grid] });
    const fills = plan.ops.filter((op) => op.op === 'format' && op.sheet === '附件1');
    expect(fills.map((op) => [op.op === 'format' && op.range, op.op === 'format' && op.format.fill])).toEqual([
      ['E3:F5', SEVERITY_FILL[findings[0].severity]],
      ['E9', SEVERITY_FILL[findings[0].severity]],
      ['E6', SEVERITY_FILL[findings[7].severity]],
    ]);
    expect(plan.ops.filter((op) => op.op === 'note' && op.sheet === '附件1')).toHaveLength(8);
    // The 级别 column of 校验结果: one fill per run of equal severity, in the findings' order.
    const levels = plan.ops.filter((op) => op.op === 'format' && op.sheet === RESULTS_SHEET && op.format.fill && op.range.startsWith('D'));
    expect(levels.map((op) => op.op === 'format' && op.range)).toEqual(['D4:D10', 'D11']);
  });

  test('a second run clears, in one op, a run of cells no longer flagged, also from a 校验结果 of an earlier version (代码 in E)', () => {
    const grid = gridFromRows('附件1', Array.from({ length: 6 }, () => ['', '', '', '', '']));
    const results = gridFromRows(RESULTS_SHEET, [['校验结果（文明创建表格助手生成，重新校验时整表替换）'], [''], ['序号'],
      ...['E2', 'E3', 'E4', 'E5'].map((cell, i) => [i + 1, '附件1', cell, '错误', 'PHONE_INVALID', '…', '…'])]);
    const plan = markFindings([makeFinding('PHONE_INVALID', '附件1', 'E4', { phone: '1', reason: '位数不对' })], { sheets: [grid, results] });
    expect(plan.ops.filter((op) => op.op === 'format' && op.sheet === '附件1').map((op) => op.op === 'format' && [op.range, op.format.fill])).toEqual([
      ['E2:E3', null],
      ['E5', null],
      ['E4', '#FFC7CE'],
    ]);
  });

  test('sheet names that need quoting get quoted links', () => {
    const odd = { sheets: [gridFromRows("附件1 (2)", [['x']]), gridFromRows("O'Brien表", [['y']])] };
    const plan = markFindings([makeFinding('NAME_SPACING', '附件1 (2)', 'B2', {}), makeFinding('NAME_SPACING', "O'Brien表", 'C3', {})], odd);
    const rows = plan.ops.find((op) => op.op === 'setValues' && op.at === 'A4');
    expect(rows && 'values' in rows ? rows.values.map((r) => r[2]) : []).toEqual([
      { text: 'B2', hyperlink: "#'附件1 (2)'!B2" },
      { text: 'C3', hyperlink: "#'O''Brien表'!C3" },
    ]);
  });

  test('protected sheets are listed but not marked', () => {
    const locked = { sheets: [{ ...gridFromRows('附件1', [['x']]), protected: true }] };
    const plan = markFindings([phone], locked);
    expect(plan.ops.filter((op) => op.sheet === '附件1')).toEqual([]);
  });
});
