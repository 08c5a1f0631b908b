import fc from 'fast-check';
import type { CellValue } from '../grid/grid';
import { planContactColumnSplit } from './splitContactColumn';
import { applyPlanToGrid, gridOf, tableOf } from './_lib/testWorkbook';

const rows: CellValue[][] = [
  ['序号', '文明单位名称', '联系人及电话'],
  [1, '市委办公室', '郭小倩13939263117'],
  [2, '市政协办公室', '郭  琳13503921007'],
  [3, '资阳市民政局', '韩旭：15378673897\n徐静：13551701935'],
  [4, '圪塔社区', '圪塔社区高书记 13593341626'],
  [5, '市救助站', 13939263117],
  [6, '市扶贫办', '郭文军135696667405'],
  [7, '市委编办', null],
  [8, '资阳市民政局', '杜红瑛\n\n028-26651234'],
];

describe('planContactColumnSplit', () => {
  const grid = gridOf('附件1', rows);
  const table = tableOf(grid, 'pairing-plan', ['seq', 'unit', 'contact']);

  it('writes 联系人 and 联系电话 into two new columns right of the table', () => {
    const plan = planContactColumnSplit(grid, table);
    expect(plan.summary).toBe('把“联系人及电话”拆分为“联系人”“联系电话”两列（D、E 列）');
    const after = applyPlanToGrid(grid, plan);
    expect(after.values.map((row) => [row[3], row[4]])).toMatchInlineSnapshot(`
[
  [
    "联系人",
    "联系电话",
  ],
  [
    "郭小倩",
    "13939263117",
  ],
  [
    "郭琳",
    "13503921007",
  ],
  [
    "韩旭、徐静",
    "15378673897、13551701935",
  ],
  [
    "圪塔社区高书记",
    "13593341626",
  ],
  [
    "",
    "13939263117",
  ],
  [
    "郭文军",
    "135696667405",
  ],
  [
    undefined,
    undefined,
  ],
  [
    "杜红瑛",
    "028-26651234",
  ],
]
`);
    expect(after.numberFormats?.[1]?.[4]).toBe('@');
    // the original column is untouched
    expect(after.values.map((row) => row[2])).toEqual(rows.map((row) => row[2]));
  });

  it('skips columns that hold anything, so no user data is overwritten', () => {
    const busy = gridOf('附件1', rows.map((row, i) => [...row, i === 5 ? '备注' : null]));
    const plan = planContactColumnSplit(busy, table);
    expect(plan.summary).toBe('把“联系人及电话”拆分为“联系人”“联系电话”两列（E、F 列）');
    const after = applyPlanToGrid(busy, plan);
    expect(after.values[5][3]).toBe('备注');
  });

  it('is idempotent: on its own output it plans nothing', () => {
    const once = applyPlanToGrid(grid, planContactColumnSplit(grid, table));
    expect(planContactColumnSplit(once, table).ops).toEqual([]);
    const recognised = tableOf(once, 'pairing-plan', ['seq', 'unit', 'contact', 'contactName', 'phone']);
    expect(planContactColumnSplit(once, recognised).ops).toEqual([]);
  });

  it('is idempotent over arbitrary contact cells', () => {
    const value = fc.oneof(fc.string(), fc.integer({ min: 0, max: 99999999999 }), fc.constant(null));
    fc.assert(fc.property(fc.array(value, { maxLength: 5 }), (cells) => {
      const g = gridOf('表', [['联系人及电话'], ...cells.map((c) => [c])]);
      const t = tableOf(g, 'pairing-plan', ['contact']);
      const once = applyPlanToGrid(g, planContactColumnSplit(g, t));
      expect(planContactColumnSplit(once, t).ops).toEqual([]);
    }), { numRuns: 1000 });
  });

  it('throws on caller mistakes', () => {
    expect(() => planContactColumnSplit(gridOf('附件2', rows), table)).toThrow('planContactColumnSplit: the grid is sheet "附件2" but the table is on "附件1"');
    expect(() => planContactColumnSplit(grid, tableOf(grid, 'pairing-plan', ['seq', 'unit']))).toThrow('planContactColumnSplit: the table on "附件1" has no contact column');
  });
});
