import { SheetPlan } from './sheetPlan';

describe('SheetPlan.toPlan', () => {
  it('writes one block per run of rows spanning the same columns, and each fill after the blocks it reads', () => {
    const plan = new SheetPlan('评分表');
    plan.set(0, 0, '评分汇总表');
    ['序号', '名称', '得分', '总分'].forEach((h, c) => plan.set(1, c, h));
    ['迎宾社区', '怡乐园社区', '福源社区'].forEach((name, i) => {
      plan.set(2 + i, 0, i + 1);
      plan.set(2 + i, 1, name);
    });
    plan.formula(2, 3, 'IF(C3="","",C3*2)');
    plan.fillDown(2, 2, 3, 4);
    expect(plan.toPlan('').ops.slice(1).map((op) => (op.op === 'setValues' ? `${op.at} ${JSON.stringify(op.values)}` : JSON.stringify(op)))).toEqual([
      'A1 [["评分汇总表"]]',
      'A2 [["序号","名称","得分","总分"],[1,"迎宾社区",null,{"formula":"IF(C3=\\"\\",\\"\\",C3*2)"}]]',
      '{"op":"fillDown","sheet":"评分表","source":"C3:D3","through":5}',
      'A4 [[2,"怡乐园社区"],[3,"福源社区"]]',
    ]);
  });

  it('refuses a cell set inside the rows it fills (a builder bug)', () => {
    const plan = new SheetPlan('评分表');
    plan.formula(2, 3, 'C3*2');
    plan.set(4, 3, 5);
    plan.fillDown(2, 3, 3, 9);
    expect(() => plan.toPlan('')).toThrow('SheetPlan: D5 is set and filled down into');
  });
});
