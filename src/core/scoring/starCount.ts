import type { EditPlan } from '../edit-plan/edit-plan';
import { and, BLANK, compare, countA, countIf, group, iff, or, sumProduct, type Formula } from '../formula/formula';
import { cellRef, columnRange, rowRange } from '../formula/references';
import { columnLetter } from '../grid/a1';
import type { StarModel } from './starModel';
import { writeLevelCounts } from './_lib/levelCounts';
import { writeSettingsTable } from './_lib/settingsTable';
import { SHEET_STYLE, SheetPlan } from './_lib/sheetPlan';

export interface StarSheetOptions {
  readonly sheet: string;
  readonly entities: readonly string[];
  readonly title?: string;
  readonly entityHeader?: string;
  readonly protect?: boolean | { readonly password?: string };
}

/** Where everything is on a star-count sheet. Rows are 1-based, columns are letters. */
export interface StarSheetLayout {
  readonly sheet: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly entityColumn: string;
  /** The row above the headers where each aspect is marked 必创项 (是/否). */
  readonly mandatoryRow: number;
  readonly aspects: readonly { readonly column: string; readonly aspect: string; readonly mandatory: boolean }[];
  readonly area: string;
  readonly passed: string;
  readonly mandatoryMet: string;
  readonly level: string;
  readonly settings: {
    readonly pass: string;
    readonly fail: string;
    /** Per level, highest first: the cells of its name and thresholds. */
    readonly rules: readonly { readonly label: string; readonly minPassed: string; readonly mandatoryRequired: string; readonly minArea: string }[];
    readonly below: string;
  };
  readonly levelCounts: readonly { readonly label: string; readonly cell: string }[];
}

const abs = { anchor: 'absolute' } as const;
const MANDATORY_ROW = 1;
const HEADER_ROW = 2;
const FIRST_ROW = 3;
const MAX_AREA = 1_000_000;

/**
 * A star-count sheet (seed 002): one 是/否 input per aspect, the office space,
 * the count of aspects passed, whether every mandatory aspect passed, and the
 * level from rules in settings cells (highest first): e.g. 市级 all 16; 区级 10
 * or more with the mandatory aspects and 1000 ㎡; 办事处级 500 ㎡ and 10 or more.
 * Which aspects are mandatory is the row above the headers, editable like the rules.
 */
export function buildStarCountSheet(model: StarModel, options: StarSheetOptions): { plan: EditPlan; layout: StarSheetLayout } {
  if (options.entities.length === 0) throw new Error('buildStarCountSheet: entities must not be empty');
  if (model.aspects.length === 0) throw new Error('buildStarCountSheet: the model has no aspects');
  const plan = new SheetPlan(options.sheet);
  const first = 2;
  const lastAspect = first + model.aspects.length - 1;
  const [areaCol, passedCol, mandatoryCol, levelCol] = [1, 2, 3, 4].map((i) => lastAspect + i);
  const lastRow = FIRST_ROW + options.entities.length - 1;
  const left = levelCol + 2;

  // Settings: the pass/fail words (also the list the inputs offer), then the rules from the highest level down.
  const words = writeSettingsTable(plan, FIRST_ROW, left, { title: '判定用语', headers: ['含义', '填写'], rows: [['达标', model.pass], ['未达标', model.fail]], editable: [false, true] });
  const pass = cellRef(words.firstRow, left + 1, abs);
  const passFail = columnRange(left + 1, words.firstRow, words.lastRow, abs);
  const rules = writeSettingsTable(plan, words.nextRow, left, {
    title: '等级规则（从高到低，依次判定）',
    headers: ['等级', '最少达标项数', '必创项须全部达标', '最小面积（㎡）'],
    rows: [...model.levels.map((l) => [l.label, l.minPassed === 'all' ? model.aspects.length : l.minPassed, l.mandatoryRequired ? model.pass : model.fail, l.minArea]), [model.belowLabel, '—', '—', '—']],
    editable: [true, true, true, true],
  });
  plan.validation({ top: rules.firstRow, left: left + 2, bottom: rules.lastRow - 1, right: left + 2 }, { type: 'list', source: { formula: `=${passFail}` } });

  plan.set(0, 0, options.title ?? '星级创建达标评定表');
  plan.merge({ top: 0, left: 0, bottom: 0, right: levelCol });
  plan.format({ top: 0, left: 0, bottom: 0, right: levelCol }, SHEET_STYLE.title);
  plan.set(MANDATORY_ROW, 1, '必创项（是/否）');
  const headers = ['序号', options.entityHeader ?? '社区名称', ...model.aspects, model.areaLabel, '达标项数', '必创项全部达标', '等级'];
  headers.forEach((h, col) => plan.set(HEADER_ROW, col, h));
  plan.format({ top: HEADER_ROW, left: 0, bottom: HEADER_ROW, right: levelCol }, SHEET_STYLE.header);
  model.aspects.forEach((aspect, i) => plan.set(MANDATORY_ROW, first + i, model.mandatory.includes(aspect) ? model.pass : model.fail));
  const mandatoryRow = { top: MANDATORY_ROW, left: first, bottom: MANDATORY_ROW, right: lastAspect };
  plan.format(mandatoryRow, SHEET_STYLE.setting);
  plan.validation(mandatoryRow, { type: 'list', source: { formula: `=${passFail}` } });

  const flags = rowRange(MANDATORY_ROW, first, lastAspect, abs);
  const levelCell = (r: number, c: number) => cellRef(rules.firstRow + r, left + c, abs);
  options.entities.forEach((entity, i) => {
    plan.set(FIRST_ROW + i, 0, i + 1);
    plan.set(FIRST_ROW + i, 1, entity);
  });
  // The first row's formulas, filled down: every row's are the same with its own row (settings anchored).
  const row = FIRST_ROW;
  const inputs = rowRange(row, first, lastAspect);
  const [passed, met, area] = [cellRef(row, passedCol), cellRef(row, mandatoryCol), cellRef(row, areaCol)];
  plan.formula(row, passedCol, countIf(inputs, pass));
  plan.formula(row, mandatoryCol, iff(compare(sumProduct(`${group(compare(flags, '=', pass))}*${group(compare(inputs, '<>', pass))}`), '=', '0'), pass, cellRef(words.lastRow, left + 1, abs)));
  // Nested IF from the highest level down: Excel 2010 has no IFS.
  let level: Formula = cellRef(rules.lastRow, left, abs);
  for (let r = model.levels.length - 1; r >= 0; r -= 1) {
    const ok = and(compare(passed, '>=', levelCell(r, 1)), or(compare(levelCell(r, 2), '<>', pass), compare(met, '=', pass)), compare(area, '>=', levelCell(r, 3)));
    level = iff(ok, levelCell(r, 0), level);
  }
  plan.formula(row, levelCol, iff(compare(countA(inputs, area), '=', '0'), BLANK, level));
  plan.fillDown(row, passedCol, levelCol, lastRow);
  const rows = (l: number, r = l) => ({ top: FIRST_ROW, left: l, bottom: lastRow, right: r });
  plan.format(rows(1, areaCol), SHEET_STYLE.input);
  plan.format(rows(passedCol, levelCol), SHEET_STYLE.computed);
  plan.validation(rows(first, lastAspect), { type: 'list', source: { formula: `=${passFail}` }, error: `请填写“${model.pass}”或“${model.fail}”` });
  plan.validation(rows(areaCol), { type: 'decimal', min: 0, max: MAX_AREA, error: '面积应为非负数（平方米）' });
  plan.width(1, 16);
  for (let c = first; c <= lastAspect; c += 1) plan.width(c, 8);
  plan.width(left, 18);

  plan.set(lastRow + 1, 0, '注：第2行标明必创项；右侧黄色单元格为等级规则，均可修改。');
  const labels = [...model.levels.map((l) => l.label), model.belowLabel];
  const counts = writeLevelCounts(plan, lastRow + 3, 1, labels.map((label, r) => ({ label, ref: cellRef(rules.firstRow + r, left, abs) })), columnRange(levelCol, FIRST_ROW, lastRow, abs));
  const layout: StarSheetLayout = {
    sheet: options.sheet, firstRow: FIRST_ROW + 1, lastRow: lastRow + 1, entityColumn: 'B', mandatoryRow: MANDATORY_ROW + 1,
    aspects: model.aspects.map((aspect, i) => ({ column: columnLetter(first + i), aspect, mandatory: model.mandatory.includes(aspect) })),
    area: columnLetter(areaCol), passed: columnLetter(passedCol), mandatoryMet: columnLetter(mandatoryCol), level: columnLetter(levelCol),
    settings: { pass, fail: cellRef(words.lastRow, left + 1, abs), rules: model.levels.map((_, r) => ({ label: levelCell(r, 0), minPassed: levelCell(r, 1), mandatoryRequired: levelCell(r, 2), minArea: levelCell(r, 3) })), below: cellRef(rules.lastRow, left, abs) },
    levelCounts: counts.cells,
  };
  const summary = `新建星级评定表“${options.sheet}”：${options.entities.length} 个社区，${model.aspects.length} 个星级项目`;
  return { plan: plan.toPlan(summary, { freeze: { rows: FIRST_ROW, columns: 2 }, ...(options.protect ? { protect: options.protect } : {}) }), layout };
}
