import type { EditPlan } from './edit-plan';
import { inversePlan } from './inverse-plan';
import { snapshotTargets, type PlanSnapshot } from './plan-snapshot';
import { snapshotFromGrids } from './snapshot-from-grids';
import { uniformRectangles } from './_lib/uniform-rectangles';

const markPlan: EditPlan = {
  summary: '标注 2 条问题',
  ops: [
    { op: 'format', sheet: '附件1', range: 'E27', format: { fill: '#FFC7CE' } },
    { op: 'note', sheet: '附件1', cell: 'E27', text: '电话号码无效' },
    { op: 'addSheet', sheet: '校验结果', replace: true },
    { op: 'setValues', sheet: '校验结果', at: 'A1', values: [['工作表', '单元格']] },
    { op: 'columnWidth', sheet: '校验结果', column: 'A', width: 12 },
  ],
};

describe('snapshotTargets', () => {
  it('reads fills and notes of existing sheets, and the sheets the plan adds; not cells of new sheets', () => {
    expect(snapshotTargets(markPlan)).toEqual({
      blocks: [{ sheet: '附件1', range: 'E27', contents: false, numberFormats: false, fills: true }],
      sheets: ['校验结果'],
      notes: [{ sheet: '附件1', cell: 'E27' }],
    });
  });

  it('reads the rows a fillDown overwrites, not its source', () => {
    const plan: EditPlan = { summary: '', ops: [{ op: 'fillDown', sheet: '评分表', source: 'T4:W4', through: 9 }] };
    expect(snapshotTargets(plan).blocks).toEqual([{ sheet: '评分表', range: 'T5:W9', contents: true, numberFormats: false, fills: false }]);
  });

  it('sizes a setValues block by its widest row', () => {
    const plan: EditPlan = { summary: '', ops: [{ op: 'setValues', sheet: '附件1', at: 'B3', values: [['a'], ['b', 'c', 'd']] }] };
    expect(snapshotTargets(plan).blocks[0].range).toBe('B3:D4');
  });
});

describe('inversePlan', () => {
  it('removes the fill and note it added and deletes the new sheet', () => {
    const snapshot: PlanSnapshot = {
      blocks: [{ sheet: '附件1', range: 'E27', fills: [[null]] }],
      sheets: [{ name: '校验结果', existed: false }],
      notes: [{ sheet: '附件1', cell: 'E27', text: null }],
    };
    expect(inversePlan(markPlan, snapshot)).toMatchInlineSnapshot(`
{
  "plan": {
    "ops": [
      {
        "op": "deleteSheet",
        "sheet": "校验结果",
      },
      {
        "cell": "E27",
        "op": "note",
        "sheet": "附件1",
        "text": null,
      },
      {
        "format": {
          "fill": null,
        },
        "op": "format",
        "range": "E27",
        "sheet": "附件1",
      },
    ],
    "summary": "撤销：标注 2 条问题",
  },
  "unrestored": [],
}
`);
  });

  it('brings back a replaced sheet with its contents and non-General formats', () => {
    const snapshot: PlanSnapshot = {
      blocks: [{ sheet: '附件1', range: 'E27', fills: [['#FFFF00']] }],
      sheets: [{ name: '校验结果', existed: true, used: { sheet: '校验结果', range: 'A1:B2', contents: [['旧', { formula: 'SUM(B2:B2)' }], ['x', 1]], numberFormats: [['General', 'General'], ['@', 'General']] } }],
      notes: [{ sheet: '附件1', cell: 'E27', text: '原有批注' }],
    };
    const { plan, unrestored } = inversePlan(markPlan, snapshot);
    // Fonts, borders and merges of a replaced sheet are in no snapshot: the undo says so.
    expect(unrestored).toContain('addSheet');
    expect(plan.ops).toEqual([
      { op: 'addSheet', sheet: '校验结果', replace: true },
      { op: 'setValues', sheet: '校验结果', at: 'A1', values: [['旧', { formula: 'SUM(B2:B2)' }], ['x', 1]] },
      { op: 'format', sheet: '校验结果', range: 'A2', format: { numberFormat: '@' } },
      { op: 'note', sheet: '附件1', cell: 'E27', text: '原有批注' },
      { op: 'format', sheet: '附件1', range: 'E27', format: { fill: '#FFFF00' } },
    ]);
  });

  it('restores overwritten values, number formats, and says what it cannot undo', () => {
    const fix: EditPlan = {
      summary: '应用修复',
      ops: [
        { op: 'format', sheet: '附件1', range: 'E5:E6', format: { numberFormat: '@', bold: undefined, font: { bold: true } } as never },
        { op: 'setValues', sheet: '附件1', at: 'E5', values: [['13939263117'], ['0392-3311234']] },
        { op: 'merge', sheet: '附件1', range: 'A1:E1' },
      ],
    };
    const snapshot: PlanSnapshot = {
      blocks: [
        { sheet: '附件1', range: 'E5:E6', numberFormats: [['0'], ['0']] },
        { sheet: '附件1', range: 'E5:E6', contents: [[13939263117], [3923311234]] },
      ],
      sheets: [],
      notes: [],
    };
    const inverse = inversePlan(fix, snapshot);
    expect(inverse.plan.ops).toEqual([
      { op: 'setValues', sheet: '附件1', at: 'E5', values: [[13939263117], [3923311234]] },
      { op: 'format', sheet: '附件1', range: 'E5:E6', format: { numberFormat: '0' } },
    ]);
    expect(inverse.unrestored).toEqual(['merge', 'format']);
  });

  it('gives back what a fillDown overwrote, formulas as formulas', () => {
    const plan: EditPlan = { summary: '填充', ops: [
      { op: 'setValues', sheet: '评分表', at: 'U4', values: [[{ formula: 'SUM(C4:T4)' }]] },
      { op: 'fillDown', sheet: '评分表', source: 'U4', through: 6 },
    ] };
    const snapshot: PlanSnapshot = {
      blocks: [{ sheet: '评分表', range: 'U4', contents: [[null]] }, { sheet: '评分表', range: 'U5:U6', contents: [[90], [{ formula: 'SUM(C6:S6)' }]] }],
      sheets: [],
      notes: [],
    };
    expect(inversePlan(plan, snapshot)).toEqual({
      plan: { summary: '撤销：填充', ops: [
        { op: 'setValues', sheet: '评分表', at: 'U5', values: [[90], [{ formula: 'SUM(C6:S6)' }]] },
        { op: 'setValues', sheet: '评分表', at: 'U4', values: [[null]] },
      ] },
      unrestored: [],
    });
  });

  it('leaves an op alone when the host could not read its block', () => {
    const plan: EditPlan = { summary: '', ops: [{ op: 'format', sheet: 'S', range: 'A1', format: { fill: '#FF0000' } }] };
    expect(inversePlan(plan, { blocks: [{ sheet: 'S', range: 'A1' }], sheets: [], notes: [] }).unrestored).toEqual(['format']);
  });

  it('re-creates a sheet the plan deleted', () => {
    const plan: EditPlan = { summary: '删除', ops: [{ op: 'deleteSheet', sheet: '旧表' }] };
    const snapshot: PlanSnapshot = { blocks: [], notes: [], sheets: [{ name: '旧表', existed: true, used: { sheet: '旧表', range: 'B2', contents: [['保留']], numberFormats: [['General']] } }] };
    expect(inversePlan(plan, snapshot).plan.ops).toEqual([
      { op: 'addSheet', sheet: '旧表', replace: true },
      { op: 'setValues', sheet: '旧表', at: 'B2', values: [['保留']] },
    ]);
  });
});

describe('uniformRectangles', () => {
  const table: { name: string; cells: (string | null)[][]; expected: string[] }[] = [
    { name: 'one value', cells: [['a', 'a'], ['a', 'a']], expected: ['0,0-1,1=a'] },
    { name: 'a column of fills stacks', cells: [[null, 'r'], [null, 'r'], [null, 'r']], expected: ['0,0-2,0=null', '0,1-2,1=r'] },
    { name: 'a gap row breaks the stack', cells: [['r'], ['g'], ['r']], expected: ['0,0-0,0=r', '1,0-1,0=g', '2,0-2,0=r'] },
    { name: 'runs of different widths', cells: [['a', 'a', 'b'], ['a', 'b', 'b']], expected: ['0,0-0,1=a', '0,2-0,2=b', '1,0-1,0=a', '1,1-1,2=b'] },
  ];
  it.each(table)('$name', ({ cells, expected }) => {
    const got = uniformRectangles(cells, 0, 0).map((r) => `${r.range.top},${r.range.left}-${r.range.bottom},${r.range.right}=${r.value}`);
    expect(got.sort()).toEqual([...expected].sort());
  });

  it('covers every cell exactly once with its own value', () => {
    const cells = Array.from({ length: 30 }, (_, r) => Array.from({ length: 7 }, (_, c) => ((r * 7 + c * 3) % 5 === 0 ? 'x' : (r % 3 === 0 ? 'y' : null))));
    const seen = cells.map((row) => row.map(() => 0));
    for (const rect of uniformRectangles(cells, 0, 0)) {
      for (let r = rect.range.top; r <= rect.range.bottom; r++) for (let c = rect.range.left; c <= rect.range.right; c++) {
        seen[r][c] += 1;
        expect(cells[r][c]).toBe(rect.value);
      }
    }
    expect(seen.flat().every((n) => n === 1)).toBe(true);
  });
});

describe('snapshotFromGrids', () => {
  it('undoes a fix from the grids read before it; fills and notes are reported, not guessed', () => {
    const before = { sheets: [{ name: '附件1', values: [['联系电话'], [13939263117]], numberFormats: [['General'], ['0']], merges: [] }] };
    const plan: EditPlan = { summary: '修复', ops: [
      { op: 'format', sheet: '附件1', range: 'A2', format: { numberFormat: '@', fill: '#FFC7CE' } },
      { op: 'setValues', sheet: '附件1', at: 'A2', values: [['13939263117']] },
      { op: 'note', sheet: '附件1', cell: 'A2', text: '已修复' },
    ] };
    const inverse = inversePlan(plan, snapshotFromGrids(before, plan));
    expect(inverse.plan.ops).toEqual([
      { op: 'setValues', sheet: '附件1', at: 'A2', values: [[13939263117]] },
      { op: 'format', sheet: '附件1', range: 'A2', format: { numberFormat: '0' } },
    ]);
    expect(inverse.unrestored).toEqual(['note', 'format']);
  });

  it('brings back a replaced sheet from its grid', () => {
    const before = { sheets: [{ name: '校验结果', values: [['旧'], [null, 1]], merges: [] }] };
    const plan: EditPlan = { summary: '', ops: [{ op: 'addSheet', sheet: '校验结果', replace: true }] };
    expect(inversePlan(plan, snapshotFromGrids(before, plan)).plan.ops).toEqual([
      { op: 'addSheet', sheet: '校验结果', replace: true },
      { op: 'setValues', sheet: '校验结果', at: 'A1', values: [['旧', null], [null, 1]] },
    ]);
  });
});
