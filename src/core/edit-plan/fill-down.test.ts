import type { EditPlan } from './edit-plan';
import { expandFillDowns } from './expand-fill-downs';
import { fillDownRange, filledRows } from './fill-down';

describe('fillDownRange', () => {
  it.each([
    ['T4:W4', 49, 'T5:W49'],
    ['B2', 3, 'B3'],
    ['$C$10:$D$10', 100_010, 'C11:D100010'],
  ])('%s through row %i → %s', (source, through, expected) => {
    expect(fillDownRange({ op: 'fillDown', sheet: '评分表', source, through })).toBe(expected);
  });

  it.each([
    ['T4:W5', 9, 'fillDown: the source must be one row, got T4:W5'],
    ['T4:W4', 4, 'fillDown: row 4 is not below the source T4:W4'],
    ['T4:W4', 2, 'fillDown: row 2 is not below the source T4:W4'],
    ['T4:W4', 5.5, 'fillDown: row 5.5 is not below the source T4:W4'],
  ])('refuses %s through %s (a caller bug)', (source, through, message) => {
    expect(() => fillDownRange({ op: 'fillDown', sheet: '评分表', source, through })).toThrow(message);
  });
});

describe('filledRows', () => {
  it('moves formulas by their distance from the source and copies other values', () => {
    expect(filledRows([{ formula: 'IF(U4="","",U4/$U$3)' }, '已评', null, 3], 2)).toEqual([
      [{ formula: 'IF(U5="","",U5/$U$3)' }, '已评', null, 3],
      [{ formula: 'IF(U6="","",U6/$U$3)' }, '已评', null, 3],
    ]);
  });
});

describe('expandFillDowns', () => {
  it('writes out a fill whose source row the plan wrote, and keeps one over cells it did not', () => {
    const plan: EditPlan = { summary: '评分表', ops: [
      { op: 'addSheet', sheet: '评分表', replace: true },
      { op: 'setValues', sheet: '评分表', at: 'A4', values: [[1, '迎宾社区', { formula: 'SUM(A4:B4)' }]] },
      { op: 'fillDown', sheet: '评分表', source: 'C4', through: 6 },
      { op: 'fillDown', sheet: '附件1', source: 'C4', through: 6 },
    ] };
    expect(expandFillDowns(plan).ops.slice(2)).toEqual([
      { op: 'setValues', sheet: '评分表', at: 'C5', values: [[{ formula: 'SUM(A5:B5)' }], [{ formula: 'SUM(A6:B6)' }]] },
      { op: 'fillDown', sheet: '附件1', source: 'C4', through: 6 },
    ]);
  });

  it('fills from what the source row holds at that point of the plan', () => {
    const plan: EditPlan = { summary: '', ops: [
      { op: 'setValues', sheet: 'S', at: 'A1', values: [[{ formula: 'B1' }]] },
      { op: 'fillDown', sheet: 'S', source: 'A1', through: 2 },
      { op: 'setValues', sheet: 'S', at: 'A2', values: [[{ formula: 'B1*2' }]] },
      { op: 'fillDown', sheet: 'S', source: 'A2', through: 3 },
      { op: 'addSheet', sheet: 'S', replace: true },
      { op: 'fillDown', sheet: 'S', source: 'A2', through: 3 },
    ] };
    expect(expandFillDowns(plan).ops).toEqual([
      plan.ops[0],
      { op: 'setValues', sheet: 'S', at: 'A2', values: [[{ formula: 'B2' }]] },
      plan.ops[2],
      { op: 'setValues', sheet: 'S', at: 'A3', values: [[{ formula: 'B2*2' }]] },
      plan.ops[4],
      plan.ops[5],
    ]);
  });

  it('returns a plan without fills as it is', () => {
    const plan: EditPlan = { summary: '', ops: [{ op: 'setValues', sheet: 'S', at: 'A1', values: [[1]] }] };
    expect(expandFillDowns(plan)).toBe(plan);
  });
});
