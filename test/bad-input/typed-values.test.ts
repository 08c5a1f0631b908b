import { parseCellAddress } from '../../src/core/grid/a1';
import { cliChecks, survives, tempFile, workbookBytes } from '../support/bad-input';
import { WORKBOOK_COMMANDS } from '../support/workbook-commands';

/** Booleans and dates where text is expected: a contact, a unit, a community, a deadline. */
async function typedValues(): Promise<Uint8Array> {
  return workbookBytes((wb) => {
    const plan = wb.addWorksheet('附件1');
    plan.addRow(['序号', '文明单位名称', '结对社区名单', '社区具体位置', '联系人及电话']);
    plan.addRow([1, true, '兴鹤社区', '九州路1号', false]);
    plan.addRow([2, new Date(Date.UTC(2020, 5, 30)), 20200630, new Date(Date.UTC(2020, 0, 1)), new Date(Date.UTC(2020, 5, 30))]);
    plan.addRow([3, '市财政局', true, false, '徐静13551701935']);
    const tasks = wb.addWorksheet('附件5');
    tasks.addRow(['序号', '目标任务', '分管领导', '责任部门', '责任人', '完成时限']);
    tasks.addRow([1, '完成老旧小区整治', '张敏', '社区事务科', '杨兴军', true]);
    tasks.addRow([2, true, false, new Date(Date.UTC(2020, 5, 30)), 42, new Date(Date.UTC(2020, 5, 31))]);
    tasks.addRow([3, '建立志愿服务队', '李强', '办公室', '孟艳蕊', 43921]);
  });
}

describe('booleans and dates where text is expected', () => {
  test('are checked without a throw, and no command rewrites them', async () => {
    const bytes = await typedValues();
    const { grids, result } = await survives(bytes);
    expect(result.tables.map((t) => t.kind)).toEqual(expect.arrayContaining(['pairing-plan', 'task-breakdown']));
    const typed = new Set<string>();
    for (const grid of grids.sheets) {
      grid.values.forEach((row, r) => row.forEach((value, c) => {
        if (typeof value === 'boolean' || value instanceof Date) typed.add(`${grid.name}!${String.fromCharCode(65 + c)}${r + 1}`);
      }));
    }
    for (const command of WORKBOOK_COMMANDS) {
      const plan = command.plan(grids);
      for (const op of plan?.ops ?? []) {
        if (op.op !== 'setValues') continue;
        const { row, col } = parseCellAddress(op.at);
        // A command may write new sheets or columns; it must not turn a TRUE or a date into something else.
        op.values.forEach((values, r) => values.forEach((_, c) => {
          expect(typed.has(`${op.sheet}!${String.fromCharCode(65 + col + c)}${row + r + 1}`)).toBe(false);
        }));
      }
    }
  });

  test('through the CLI', async () => {
    const { json } = await cliChecks(tempFile('类型.xlsx', await typedValues()));
    for (const finding of json.files[0].findings) expect(finding.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
