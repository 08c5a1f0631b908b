import fc from 'fast-check';
import type { EditOp, EditPlan } from '../edit-plan/edit-plan';
import { parseCellAddress, parseRange, rangeContains } from '../grid/a1';
import { buildScoreSheet } from './buildScoreSheet';
import { extractRubric } from './extractRubric';
import { expectedScores, rowCells, type RowInputs } from './_test/referenceScores';
import { planCells, planToHyperFormula } from './_test/planToHyperFormula';
import { seed000Rubric, seed001Rubric } from './_test/seedTables';
import type { ScoreSheetLayout } from './scoreSheetLayout';

const rubric000 = extractRubric(seed000Rubric().table, seed000Rubric().grid).rubric;
const rubric001 = extractRubric(seed001Rubric().table, seed001Rubric().grid).rubric;
const SHEET = "评分 (O'Brien)";
const COMMUNITIES = ['迎宾社区', '怡乐园社区', '福源社区', '漓江社区', '福田社区', '兰苑社区', '东方社区'];
const MAX_000 = [5, 5, 5, 5, 10, 6, 10, 5, 10, 10, 5, 5, 6, 5, 5];

/** Seed 000 inputs: items 1–15 at their maximum unless changed, plus honours counted for item 16. */
function row000(layout: ScoreSheetLayout, changes: Record<number, number | null>, honours: [number, number] = [0, 0]): RowInputs {
  const cells: Record<string, number | null> = {};
  MAX_000.forEach((max, i) => {
    cells[layout.inputs[i].column] = i + 1 in changes ? changes[i + 1] : max;
  });
  cells[layout.inputs[15].column] = honours[0];
  cells[layout.inputs[16].column] = honours[1];
  return cells;
}

function results(engine: ReturnType<typeof planToHyperFormula>, layout: ScoreSheetLayout, count: number) {
  return Array.from({ length: count }, (_, i) => {
    const row = layout.firstRow + i;
    return {
      total: engine.value(layout.sheet, `${layout.total}${row}`),
      level: engine.value(layout.sheet, `${layout.level}${row}`),
      rank: engine.value(layout.sheet, `${layout.rank}${row}`),
    };
  });
}

describe('buildScoreSheet: seed 000 (stars by thresholds, capped bonus)', () => {
  const { plan, layout } = buildScoreSheet(rubric000, { sheet: SHEET, entities: COMMUNITIES, target: { level: '三星级', share: 0.5 }, protect: true });

  it('lays out one input per item, the honours counted for the bonus, total, level and rank', () => {
    expect(layout.inputs.map((i) => `${i.column}:${i.item}:${i.kind}:${i.max ?? i.points}`).join(' ')).toMatchInlineSnapshot(
      `"C:1:points:5 D:2:points:5 E:3:points:5 F:4:points:5 G:5:points:10 H:6:points:6 I:7:points:10 J:8:points:5 K:9:points:10 L:10:points:10 M:11:points:5 N:12:points:5 O:13:points:6 P:14:points:5 Q:15:points:5 R:16:count:0.5 S:16:count:1"`,
    );
    expect([layout.firstRow, layout.lastRow, layout.entityColumn, layout.total, layout.level, layout.rank]).toEqual([4, 10, 'B', 'U', 'V', 'W']);
    expect(layout.settings).toEqual({
      levels: { below: '$Y$6', labels: '$Y$7:$Y$9', thresholds: '$Z$7:$Z$9', check: '$Z$10' },
      target: { level: '$Z$14', share: '$Z$15' },
    });
    expect(plan.ops[0]).toEqual({ op: 'addSheet', sheet: SHEET, replace: true, activate: true });
    expect(plan.ops.at(-1)).toEqual({ op: 'protect', sheet: SHEET });
  });

  it('writes formulas that read the settings cells, never literal thresholds', () => {
    const cell = planCells(plan, SHEET);
    expect(['T4', 'U4', 'V4', 'W4'].map(cell)).toMatchInlineSnapshot(`
[
  {
    "formula": "IF(COUNTA(R4:S4)=0,"",MIN((R4*$Z$19)+(S4*$Z$20),$Z$21))",
  },
  {
    "formula": "IF(COUNTA(C4:S4)=0,"",ROUND(SUM(C4:Q4,T4),4))",
  },
  {
    "formula": "IF(U4="","",IF(U4<INDEX($Z$7:$Z$9,1),$Y$6,INDEX($Y$7:$Y$9,MATCH(U4,$Z$7:$Z$9,1))))",
  },
  {
    "formula": "IF(U4="","",SUMPRODUCT(ISNUMBER($U$4:$U$10)*($U$4:$U$10>U4)/(COUNTIF($U$4:$U$10,$U$4:$U$10&"")+(1-ISNUMBER($U$4:$U$10))))+1)",
  },
]
`);
  });

  it('writes the first row of formulas and fills it down to the last row', () => {
    expect(plan.ops.filter((op) => op.op === 'fillDown')).toEqual([{ op: 'fillDown', sheet: SHEET, source: 'T4:W4', through: 10 }]);
    expect(planCells(plan, SHEET)('W10')).toEqual({ formula: 'IF(U10="","",SUMPRODUCT(ISNUMBER($U$4:$U$10)*($U$4:$U$10>U10)/(COUNTIF($U$4:$U$10,$U$4:$U$10&"")+(1-ISNUMBER($U$4:$U$10))))+1)' });
    // The formulas the plan carries do not grow with the rows: 10,000 entities carry as many as 7.
    const formulaCount = (p: EditPlan) => p.ops.flatMap((op) => (op.op === 'setValues' ? op.values.flat() : [])).filter((v) => v !== null && typeof v === 'object' && 'formula' in v).length;
    const large = buildScoreSheet(rubric000, { sheet: SHEET, entities: Array.from({ length: 10_000 }, (_, i) => `社区${i + 1}`) }).plan;
    expect(formulaCount(large)).toBe(formulaCount(plan));
  });

  // Totals on every threshold, half points, a bonus above its cap, a tie and a row not scored yet.
  const rows = [
    row000(layout, {}, [3, 2]), // 97 + min(1.5 + 2, 3) = 100
    row000(layout, { 5: 0, 7: 3 }), // exactly 80
    row000(layout, { 9: 3 }), // exactly 90
    row000(layout, { 1: 2.5 }, [1, 0]), // 94.5 + 0.5 = 95
    row000(layout, { 5: 0, 7: 2.5 }), // 79.5
    row000(layout, { 5: 0 }, [0, 3]), // 87 + 3 = 90, ties with the third row
    {}, // not scored
  ];

  it('computes totals, levels and ranks equal to an independent TypeScript computation', () => {
    const engine = planToHyperFormula(plan);
    rows.forEach((inputs, i) => engine.set(SHEET, rowCells(inputs, layout.firstRow + i)));
    const expected = expectedScores(rubric000, layout, rows);
    expect(results(engine, layout, rows.length)).toEqual(expected);
    expect(expected.map((e) => `${e.total} ${e.level} ${e.rank}`)).toEqual([
      '100 五星级 1', '80 三星级 4', '90 四星级 3', '95 五星级 2', '79.5 未达标 5', '90 四星级 3', '  ',
    ]);
    const summary = layout.summary;
    expect(summary.levelCounts.map((c) => [c.label, engine.value(SHEET, c.cell)])).toEqual([['未达标', 1], ['三星级', 1], ['四星级', 2], ['五星级', 2]]);
    expect([summary.scored, summary.reached, summary.goalMet].map((c) => engine.value(SHEET, c!))).toEqual([6, 5, '已达到']);
    expect(engine.value(SHEET, summary.share!)).toBeCloseTo(5 / 7, 10);
    expect(engine.value(SHEET, layout.settings.levels!.check!)).toBe('正常');
  });

  it('re-levels every row when one threshold cell changes, without touching a formula', () => {
    const engine = planToHyperFormula(plan);
    rows.forEach((inputs, i) => engine.set(SHEET, rowCells(inputs, layout.firstRow + i)));
    const id = engine.engine.getSheetId(SHEET)!;
    const formulasBefore = engine.engine.getSheetFormulas(id);
    const bare = (ref: string) => ref.replace(/\$/g, '');
    const [threeStars] = bare(layout.settings.levels!.thresholds).split(':');
    engine.set(SHEET, { [threeStars]: 85 }); // 三星级 now needs 85
    expect(engine.engine.getSheetFormulas(id)).toEqual(formulasBefore);
    const expected = expectedScores(rubric000, layout, rows, [{ label: '三星级', min: 85 }, { label: '四星级', min: 90 }, { label: '五星级', min: 95 }]);
    expect(results(engine, layout, rows.length)).toEqual(expected);
    expect(expected[1].level).toBe('未达标');
    expect(engine.value(SHEET, layout.summary.goalMet!)).toBe('已达到');
    engine.set(SHEET, { [threeStars]: 99 }); // out of order: the check cell says so
    expect(engine.value(SHEET, layout.settings.levels!.check!)).toBe('分数线须由低到高');
    engine.set(SHEET, { [threeStars]: 80, [bare(layout.settings.target!.share)]: 0.8 }); // a stricter goal
    expect(engine.value(SHEET, layout.summary.goalMet!)).toBe('未达到');
  });

  it('agrees with TypeScript on random score vectors (property, HyperFormula)', () => {
    const engine = planToHyperFormula(plan);
    const itemScore = (max: number) => fc.option(fc.integer({ min: 0, max: max * 2 }).map((n) => n / 2), { nil: null, freq: 8 });
    const row = fc.tuple(fc.tuple(...MAX_000.map(itemScore)), fc.tuple(fc.nat(5), fc.nat(4))).map(([scores, honours]) => {
      const cells: Record<string, number | null> = {};
      scores.forEach((s, i) => (cells[layout.inputs[i].column] = s));
      cells[layout.inputs[15].column] = honours[0];
      cells[layout.inputs[16].column] = honours[1];
      return cells as RowInputs;
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: COMMUNITIES.length, maxLength: COMMUNITIES.length }), (generated) => {
        engine.set(SHEET, Object.assign({}, ...generated.map((inputs, i) => rowCells(inputs, layout.firstRow + i))));
        expect(results(engine, layout, generated.length)).toEqual(expectedScores(rubric000, layout, generated));
      }),
      { numRuns: 1000 },
    );
  });

  it('validates every input, unlocks inputs and settings, and locks formulas', () => {
    const validations = plan.ops.filter((op): op is Extract<EditOp, { op: 'validation' }> => op.op === 'validation');
    for (const input of layout.inputs) {
      const rule = validations.find((v) => v.range === `${input.column}${layout.firstRow}:${input.column}${layout.lastRow}`)?.rule;
      expect(rule).toEqual(input.kind === 'count' ? expect.objectContaining({ type: 'whole', min: 0 }) : expect.objectContaining({ type: 'decimal', min: 0, max: input.max }));
    }
    const locked = (address: string) => {
      const { row, col } = parseCellAddress(address);
      let state = true; // Excel's default
      for (const op of plan.ops) if (op.op === 'format' && op.format.locked !== undefined && rangeContains(parseRange(op.range), row, col)) state = op.format.locked;
      return state;
    };
    expect(layout.inputs.map((i) => locked(`${i.column}5`))).toEqual(layout.inputs.map(() => false));
    const settingCells = [layout.settings.levels!.thresholds.split(':')[0], layout.settings.target!.share].map((ref) => ref.replace(/\$/g, ''));
    expect(['T5', 'U5', 'V5', 'W5', ...settingCells].map(locked)).toEqual([true, true, true, true, false, false]);
  });
});

describe('buildScoreSheet: seed 001 (options, raw bonus, no levels)', () => {
  const { plan, layout } = buildScoreSheet(rubric001, { sheet: '测评汇总', entities: ['六大队', '七大队', '八大队'], entityHeader: '责任单位' });
  const column = (item: string, part?: string) => layout.inputs.find((i) => i.item === item && i.part === part)!.column;

  it('turns option labels into points from the option tables and caps the bonus', () => {
    const full: Record<string, number | string | null> = {};
    for (const input of layout.inputs) full[input.column] = input.kind === 'options' ? input.options![0].label : input.max!;
    const rows: RowInputs[] = [
      { ...full, [column('19')]: 5 },
      { ...full, [column('8', '①')]: '不作为', [column('8', '②')]: '未组织', [column('19')]: null },
      { [column('8', '①')]: '未按规定组织' },
    ];
    const engine = planToHyperFormula(plan);
    rows.forEach((inputs, i) => engine.set('测评汇总', rowCells(inputs, layout.firstRow + i)));
    const totals = rows.map((_, i) => engine.value('测评汇总', `${layout.total}${layout.firstRow + i}`));
    expect(totals).toEqual(expectedScores(rubric001, layout, rows).map((e) => e.total));
    expect(totals).toEqual([100, 91, 3]);
    const option = layout.inputs.find((i) => i.part === '①')!;
    expect(engine.value('测评汇总', `${option.pointsColumn}${layout.firstRow + 1}`)).toBe(2);
    expect(layout.level).toBeUndefined();
    expect(layout.summary).toMatchObject({ levelCounts: [] });
    expect(layout.summary.goalMet).toBeUndefined();
  });

  it('offers the option labels as a list', () => {
    const option = layout.inputs.find((i) => i.part === '②')!;
    const rule = plan.ops.find((op) => op.op === 'validation' && op.range.startsWith(option.column))!;
    expect(rule).toMatchObject({ rule: { type: 'list', source: { formula: expect.stringMatching(/^=\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/) } } });
  });
});

describe('buildScoreSheet: caller bugs', () => {
  it.each([
    [{ sheet: 'S', entities: [] }, 'buildScoreSheet: entities must not be empty'],
    [{ sheet: 'S', entities: ['a'], target: { level: '六星级', share: 0.5 } }, 'buildScoreSheet: target level "六星级" is not one of 三星级、四星级、五星级'],
    [{ sheet: ' ', entities: ['a'] }, 'SheetPlan: the sheet name must not be empty'],
  ])('%j', (options, message) => {
    expect(() => buildScoreSheet(rubric000, options)).toThrow(message);
  });
});

describe('buildScoreSheet: a rubric with two category levels', () => {
  it('names only the top level in the category band, so no merged cells overlap', () => {
    const values = [
      ['测评表'],
      ['测评项目', '指标名称', '测评标准'],
      ['I-1 组织管理（4分）', 'II-1 创建规划（1分）', '1.有年度计划。（0.5分）'],
      [null, null, '2.有年度总结。（0.5分）'],
      [null, 'II-2 机制建设（3分）', '1.领导机构健全。（1分）'],
      [null, null, '2.纳入目标考核。（2分）'],
      ['I-2 道德建设（2分）', 'II-3 道德讲堂（2分）', '1.场所固定。（1分）'],
      [null, null, '2.活动经常。（1分）'],
    ];
    const merges = ['A3:A6', 'B3:B4', 'B5:B6', 'A7:A8', 'B7:B8'].map((m) => parseRange(m));
    const { rubric, findings } = extractRubric({
      sheet: '测评', kind: 'rubric', title: '测评表', titleRow: 0, headerRows: [1], range: { top: 1, left: 0, bottom: 7, right: 2 },
      columns: [{ role: 'category', col: 0, header: '测评项目' }, { role: 'category', col: 1, header: '指标名称' }, { role: 'criterion', col: 2, header: '测评标准' }],
      dataRows: [2, 3, 4, 5, 6, 7], repeatedHeaderRows: [], noteRows: [],
    }, { name: '测评', values, merges });
    expect(findings).toEqual([]);
    expect(rubric.categories.map((c) => [c.name, c.parent ?? null, c.declaredTotal, c.total])).toEqual([
      ['I-1 组织管理', null, 4, 4], ['II-1 创建规划', 'I-1 组织管理', 1, 1], ['II-2 机制建设', 'I-1 组织管理', 3, 3],
      ['I-2 道德建设', null, 2, 2], ['II-3 道德讲堂', 'I-2 道德建设', 2, 2],
    ]);
    const { plan } = buildScoreSheet(rubric, { sheet: SHEET, entities: COMMUNITIES });
    const merged = plan.ops.flatMap((op) => (op.op === 'merge' ? [parseRange(op.range)] : []));
    merged.forEach((a, i) => merged.slice(i + 1).forEach((b) => {
      expect(a.right < b.left || b.right < a.left || a.bottom < b.top || b.bottom < a.top).toBe(true);
    }));
    const cell = planCells(plan, SHEET);
    const band = [...'ABCDEFGHIJKL'].map((letter) => cell(`${letter}2`)).filter((v) => v !== null);
    expect(band).toEqual(['I-1 组织管理', 'I-2 道德建设']);
  });
});
