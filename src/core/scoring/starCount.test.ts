import fc from 'fast-check';
import { buildStarCountSheet } from './starCount';
import { DEFAULT_STAR_RULES, matchAspect, starModelFromTable, type StarModel } from './starModel';
import { planCells, planToHyperFormula } from './_test/planToHyperFormula';
import { seed002StarStandard } from './_test/seedTables';

const seed = seed002StarStandard();
const MANDATORY_PHRASES = ['社区综合办公用房建设（1000 平方米）', '社区物业管理', '社区服务'];
const model = starModelFromTable(seed.table, seed.grid, { mandatory: MANDATORY_PHRASES });
const SHEET = '星级 (2)';
const COMMUNITIES = ['富田社区', '荣华社区', '丰乐社区', '群英社区', '翠花社区', '东风社区', '丰二社区', '新村社区'];

/** The level in TypeScript, from the model's rules (highest first). */
function expectedLevel(m: StarModel, passed: readonly boolean[], area: number | null): string {
  if (passed.length === 0 && area === null) return '';
  const count = passed.filter(Boolean).length;
  const mandatoryMet = m.aspects.every((a, i) => !m.mandatory.includes(a) || passed[i]);
  for (const rule of m.levels) {
    const min = rule.minPassed === 'all' ? m.aspects.length : rule.minPassed;
    if (count >= min && (!rule.mandatoryRequired || mandatoryMet) && (area ?? 0) >= rule.minArea) return rule.label;
  }
  return m.belowLabel;
}

describe('starModelFromTable (seed 002)', () => {
  it('reads the sixteen aspects and matches the mandatory ones from the notice\'s words', () => {
    expect(model.aspects).toHaveLength(16);
    expect(model.aspects.slice(0, 3)).toEqual(['文明社区', '卫生社区', '环保社区']);
    expect(model.mandatory).toEqual(['综合用房达标社区', '卫生社区', '社区服务业先进社区']);
    expect(model.levels).toBe(DEFAULT_STAR_RULES.levels);
  });

  it.each([
    ['文明社区', '文明社区'],
    ['社区服务', '社区服务业先进社区'],
    ['无关的话', undefined],
    ['', undefined],
  ])('matchAspect(%s) → %s', (phrase, aspect) => {
    expect(matchAspect(phrase, model.aspects)).toBe(aspect);
  });

  it('refuses unknown mandatory aspects and other tables (caller bugs)', () => {
    expect(() => starModelFromTable(seed.table, seed.grid, { mandatory: ['月球基地'] })).toThrow('starModelFromTable: no aspect matches "月球基地"');
    expect(() => starModelFromTable({ ...seed.table, kind: 'rubric' }, seed.grid)).toThrow('starModelFromTable: expected a star-standard table, got rubric');
  });
});

describe('buildStarCountSheet', () => {
  const { plan, layout } = buildStarCountSheet(model, { sheet: SHEET, entities: COMMUNITIES });
  const cells = (row: number, passed: readonly boolean[], area: number | null) => {
    const out: Record<string, string | number | null> = { [`${layout.area}${row}`]: area };
    layout.aspects.forEach((a, i) => (out[`${a.column}${row}`] = passed.length === 0 ? null : passed[i] ? '是' : '否'));
    return out;
  };
  const all = Array(16).fill(true);
  const except = (...failed: string[]) => model.aspects.map((a) => !failed.includes(a));
  const cases: [boolean[], number | null][] = [
    [all, null], // all sixteen: 市级, even without the area written
    [except('文明社区', '环保社区', '平安社区', '双拥社区', '健康社区', '文化先进社区'), 1000], // exactly 10 with the mandatory ones and 1000 ㎡: 区级
    [except('文明社区', '环保社区', '平安社区', '双拥社区', '健康社区', '文化先进社区'), 999.5], // 999.5 ㎡: only 办事处级
    [except('卫生社区'), 1200], // 15 but a mandatory one failed: 办事处级
    [except('卫生社区', '文明社区', '环保社区', '平安社区', '双拥社区', '健康社区', '文化先进社区'), 499], // 9 and 499 ㎡: 未达标
    [except('文明社区', '环保社区', '平安社区', '双拥社区', '健康社区', '文化先进社区', '慈善关爱社区'), 5000], // 9: 未达标
    [[], null], // not filled in
    [except('卫生社区'), 500], // 15, mandatory failed, exactly 500 ㎡: 办事处级
  ];

  it('writes the count, the mandatory check and the level as formulas over the settings cells', () => {
    const cell = planCells(plan, layout.sheet);
    expect([layout.passed, layout.mandatoryMet, layout.level].map((c) => (cell(`${c}${layout.firstRow}`) as { formula: string }).formula)).toMatchInlineSnapshot(`
[
  "COUNTIF(C4:R4,$Y$6)",
  "IF(SUMPRODUCT(($C$2:$R$2=$Y$6)*(C4:R4<>$Y$6))=0,$Y$6,$Y$7)",
  "IF(COUNTA(C4:R4,S4)=0,"",IF(AND(T4>=$Y$11,OR($Z$11<>$Y$6,U4=$Y$6),S4>=$AA$11),$X$11,IF(AND(T4>=$Y$12,OR($Z$12<>$Y$6,U4=$Y$6),S4>=$AA$12),$X$12,IF(AND(T4>=$Y$13,OR($Z$13<>$Y$6,U4=$Y$6),S4>=$AA$13),$X$13,$X$14))))",
]
`);
  });

  it('counts passed aspects and levels each row like the TypeScript rules do', () => {
    const engine = planToHyperFormula(plan);
    engine.set(SHEET, Object.assign({}, ...cases.map(([passed, area], i) => cells(layout.firstRow + i, passed, area))));
    const levels = cases.map((_, i) => engine.value(SHEET, `${layout.level}${layout.firstRow + i}`));
    expect(levels).toEqual(cases.map(([passed, area]) => expectedLevel(model, passed, area)));
    expect(levels).toEqual(['市级星级社区', '区级星级社区', '办事处级星级社区', '办事处级星级社区', '未达标', '未达标', '', '办事处级星级社区']);
    expect(engine.value(SHEET, `${layout.passed}${layout.firstRow + 1}`)).toBe(10);
    expect(engine.value(SHEET, `${layout.mandatoryMet}${layout.firstRow + 3}`)).toBe('否');
    expect(layout.levelCounts.map((c) => [c.label, engine.value(SHEET, c.cell)])).toEqual([['市级星级社区', 1], ['区级星级社区', 1], ['办事处级星级社区', 3], ['未达标', 2]]);
  });

  it('follows the settings: mandatory flags and area thresholds are cells', () => {
    const engine = planToHyperFormula(plan);
    engine.set(SHEET, Object.assign({}, ...cases.map(([passed, area], i) => cells(layout.firstRow + i, passed, area))));
    const health = layout.aspects.find((a) => a.aspect === '卫生社区')!;
    engine.set(SHEET, { [`${health.column}${layout.mandatoryRow}`]: '否' }); // 卫生社区 no longer mandatory
    engine.set(SHEET, { [layout.settings.rules[1].minArea.replace(/\$/g, '')]: 1200 }); // 区级 now needs 1200 ㎡
    const changed: StarModel = {
      ...model,
      mandatory: model.mandatory.filter((a) => a !== '卫生社区'),
      levels: model.levels.map((l, i) => (i === 1 ? { ...l, minArea: 1200 } : l)),
    };
    expect(cases.map((_, i) => engine.value(SHEET, `${layout.level}${layout.firstRow + i}`))).toEqual(cases.map(([p, a]) => expectedLevel(changed, p, a)));
    expect(engine.value(SHEET, `${layout.level}${layout.firstRow + 3}`)).toBe('区级星级社区');
  });

  it('agrees with TypeScript on random rows (property, HyperFormula)', () => {
    const engine = planToHyperFormula(plan);
    const row = fc.tuple(fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }).map((a) => a.map((b, i) => b || i % 3 === 0)), fc.option(fc.integer({ min: 0, max: 30 }).map((n) => n * 50), { nil: null }));
    fc.assert(
      fc.property(fc.array(row, { minLength: COMMUNITIES.length, maxLength: COMMUNITIES.length }), (rows) => {
        engine.set(SHEET, Object.assign({}, ...rows.map(([passed, area], i) => cells(layout.firstRow + i, passed, area))));
        rows.forEach(([passed, area], i) => expect(engine.value(SHEET, `${layout.level}${layout.firstRow + i}`)).toBe(expectedLevel(model, passed, area)));
      }),
      { numRuns: 1000 },
    );
  });

  it('offers 是/否 lists on every aspect and on the mandatory row', () => {
    const lists = plan.ops.filter((op) => op.op === 'validation' && op.rule.type === 'list').map((op) => (op.op === 'validation' ? op.range : ''));
    expect(lists).toEqual(expect.arrayContaining([`C${layout.firstRow}:R${layout.lastRow}`, 'C2:R2']));
  });
});
