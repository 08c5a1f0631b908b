import { FORBIDDEN_FUNCTIONS, nonPortableFunctions } from '../formula/excel-functions';
import type { EditPlan } from '../edit-plan/edit-plan';
import { buildAwardsSheet } from './awards';
import { awardRulesFrom } from './awardRules';
import { buildScoreSheet } from './buildScoreSheet';
import { extractRubric } from './extractRubric';
import { buildStarCountSheet } from './starCount';
import { starModelFromTable } from './starModel';
import { formulasOf, planToHyperFormula } from './_test/planToHyperFormula';
import { SEED_003_RULES_TEXT, seed000Rubric, seed001Rubric, seed002StarStandard } from './_test/seedTables';

// Sheet names that need quoting, so every reference the builders write is exercised with them.
const plans: [string, EditPlan][] = [
  ['seed 000 score sheet', buildScoreSheet(extractRubric(seed000Rubric().table, seed000Rubric().grid).rubric, { sheet: '附件1 (2)', entities: ['迎宾社区', '怡乐园社区'], protect: { password: 'x' } }).plan],
  ['seed 001 score sheet', buildScoreSheet(extractRubric(seed001Rubric().table, seed001Rubric().grid).rubric, { sheet: "O'Brien", entities: ['六大队', '七大队'] }).plan],
  ['seed 002 star sheet', buildStarCountSheet(starModelFromTable(seed002StarStandard().table, seed002StarStandard().grid, { mandatory: ['社区服务'] }), { sheet: '星级 评定', entities: ['富田社区'] }).plan],
  ['seed 003 awards sheet', buildAwardsSheet(awardRulesFrom(SEED_003_RULES_TEXT), { sheet: '奖惩(2024)', entities: ['梅湖村', '石湖村'] }).plan],
];

describe.each(plans)('%s', (_, plan) => {
  const formulas = formulasOf(plan);

  it('emits only functions Excel 2010, WPS and HyperFormula share', () => {
    expect(formulas.length).toBeGreaterThan(10);
    expect(formulas.flatMap((f) => nonPortableFunctions(f.formula))).toEqual([]);
    for (const name of Object.keys(FORBIDDEN_FUNCTIONS)) expect(formulas.filter((f) => new RegExp(`\\b${name}\\(`).test(f.formula))).toEqual([]);
  });

  it('has every cell formula evaluate without an error in an empty sheet', () => {
    const engine = planToHyperFormula(plan);
    const errors = formulas
      .filter((f) => f.where.includes(','))
      .map((f) => {
        const [row, col] = f.where.split(',').map(Number);
        return { ...f, value: engine.engine.getCellValue({ sheet: engine.engine.getSheetId(f.sheet)!, row, col }) };
      })
      .filter((f) => typeof f.value === 'object' && f.value !== null);
    expect(errors).toEqual([]);
  });

  it('has every validation and conditional-format formula parse and evaluate', () => {
    const engine = planToHyperFormula(plan);
    for (const f of formulas.filter((x) => !x.where.includes(','))) {
      expect(engine.engine.validateFormula(`=${f.formula}`)).toBe(true);
      const value = engine.engine.calculateFormula(`=${f.formula}`, engine.engine.getSheetId(f.sheet)!);
      expect(value).not.toEqual(expect.objectContaining({ type: expect.stringMatching(/ERROR|NAME|REF/) }));
    }
  });
});
