import type { EditPlan } from '../edit-plan/edit-plan';
import { and, compare, count, countIf, criterion, isNumber, sum } from '../formula/formula';
import { cellRef, columnRange } from '../formula/references';
import { cellAddress, columnLetter } from '../grid/a1';
import type { AwardRules } from './awardRules';
import { atLeast, awardRowFormulas, under, type AwardColumns, type AwardSettingsRefs } from './_lib/awardFormulas';
import { writeSettingsTable } from './_lib/settingsTable';
import { SHEET_STYLE, SheetPlan } from './_lib/sheetPlan';

export interface AwardsSheetOptions {
  readonly sheet: string;
  readonly entities: readonly string[];
  readonly title?: string;
  readonly entityHeader?: string;
  readonly protect?: boolean | { readonly password?: string };
}

/** Where everything is on an awards sheet. Rows are 1-based, columns are letters, settings absolute A1. */
export interface AwardsSheetLayout {
  readonly sheet: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly entityColumn: string;
  readonly months: readonly { readonly column: string; readonly period: string }[];
  readonly quarters: readonly { readonly average: string; readonly penalty: string; readonly periods: readonly string[] }[];
  readonly yearAverage: string;
  readonly rank: string;
  readonly awardRank: string;
  readonly prize: string;
  readonly amount: string;
  readonly interviews: string;
  readonly interviewMonths: string;
  readonly warning: string;
  readonly settings: { readonly awardLine: string; readonly penaltyLine: string; readonly penaltyAmount: string; readonly interviewLine: string; readonly warningLine: string; readonly tiers: readonly { readonly label: string; readonly count: string; readonly amount: string; readonly start: string }[] };
  readonly summary: { readonly interviewsPerMonth: readonly string[]; readonly penaltiesPerQuarter: readonly string[]; readonly totalAmount: string };
}

const abs = { anchor: 'absolute' } as const;
const QUARTER_NAMES = ['一季度', '二季度', '三季度', '四季度'];
const [BAND_ROW, HEADER_ROW, FIRST_ROW] = [1, 2, 3];

/**
 * An awards sheet (seed 003 篇3): twelve monthly scores per entity → quarterly
 * and yearly averages, the 中国式排名, prizes to the best among those at or above
 * the line in tiers (一等奖 1 名 1500 元…), the quarterly fine for the last place
 * under the line, interviews (约谈) for monthly scores under the line, and
 * 通报批评 for a yearly average under the line. Lines, tiers and amounts are cells.
 */
export function buildAwardsSheet(rules: AwardRules, options: AwardsSheetOptions): { plan: EditPlan; layout: AwardsSheetLayout } {
  if (options.entities.length === 0) throw new Error('buildAwardsSheet: entities must not be empty');
  if (rules.periods.length < 3) throw new Error('buildAwardsSheet: at least three periods are needed');
  const plan = new SheetPlan(options.sheet);
  const months = rules.periods.map((_, i) => 2 + i);
  const quarterCount = Math.floor(months.length / 3);
  let next = 2 + months.length;
  const averages = Array.from({ length: quarterCount }, () => next++);
  const quarters = averages.map((average, q) => ({ average, penalty: average + quarterCount, months: months.slice(q * 3, q * 3 + 3) }));
  next += quarterCount;
  const [yearAverage, rank, awardRank, prize, amount, interviews, interviewMonths, warning] = Array.from({ length: 8 }, () => next++);
  const c: AwardColumns = { months, quarters, yearAverage, rank, awardRank, prize, amount, interviews, interviewMonths, warning };
  const lastCol = warning;
  const lastRow = FIRST_ROW + options.entities.length - 1;
  const left = lastCol + 2;

  const word = (l: { inclusive: boolean }, op: 'at least' | 'under') => (op === 'at least' ? (l.inclusive ? '≥' : '>') : l.inclusive ? '≤' : '<');
  const lines = writeSettingsTable(plan, FIRST_ROW, left, {
    title: '分数线与金额（可修改）', headers: ['项目', '数值'], editable: [false, true],
    rows: [
      [`评奖：年平均分${word(rules.awardLine, 'at least')}`, rules.awardLine.value],
      [`季度罚款：季平均分${word(rules.penaltyLine, 'under')}（最后一名）`, rules.penaltyLine.value],
      ['季度罚款金额（元）', rules.penaltyAmount],
      [`约谈：月度得分${word(rules.interviewLine, 'under')}`, rules.interviewLine.value],
      [`通报批评：年平均分${word(rules.warningLine, 'under')}`, rules.warningLine.value],
    ],
  });
  const line = (i: number) => cellRef(lines.firstRow + i, left + 1, abs);
  const tiers = writeSettingsTable(plan, lines.nextRow, left, {
    title: '奖项设置', headers: ['奖项', '名额', '奖金（元）', '起始名次'], editable: [true, true, true, false],
    // 起始名次: 1 for the first tier, then the previous tier's start plus its places (data rows start two rows below the title).
    rows: rules.tiers.map((t, i) => [t.label, t.count, t.amount, i === 0 ? 1 : { formula: `${cellRef(lines.nextRow + 1 + i, left + 3)}+${cellRef(lines.nextRow + 1 + i, left + 1)}` }]),
  });
  const tierRange = (col: number) => columnRange(left + col, tiers.firstRow, tiers.lastRow, abs);
  const s: AwardSettingsRefs = {
    awardLine: line(0), penaltyLine: line(1), penaltyAmount: line(2), interviewLine: line(3), warningLine: line(4),
    tierLabels: tierRange(0), tierCounts: tierRange(1), tierAmounts: tierRange(2), tierStarts: tierRange(3),
  };

  plan.set(0, 0, options.title ?? '月度考核得分及年度奖惩汇总表');
  plan.merge({ top: 0, left: 0, bottom: 0, right: lastCol });
  plan.format({ top: 0, left: 0, bottom: 0, right: lastCol }, SHEET_STYLE.title);
  const band: [number, number, string][] = [[months[0], months[months.length - 1], '月度得分'], [averages[0], averages[quarterCount - 1], '季度平均分'], [quarters[0].penalty, quarters[quarterCount - 1].penalty, '季度罚款（元）'], [yearAverage, warning, '年度']];
  for (const [l, r, label] of band) {
    plan.set(BAND_ROW, l, label);
    plan.merge({ top: BAND_ROW, left: l, bottom: BAND_ROW, right: r });
  }
  const quarterName = (q: number) => (quarterCount === 4 ? QUARTER_NAMES[q] : `${rules.periods[q * 3]}至${rules.periods[q * 3 + 2]}`);
  const headers = ['序号', options.entityHeader ?? '名称', ...rules.periods, ...averages.map((_, q) => `${quarterName(q)}平均`), ...averages.map((_, q) => `${quarterName(q)}罚款`), '年平均分', '名次', '评奖名次', '奖项', '奖金（元）', '约谈次数', '约谈月份', '年度通报'];
  headers.forEach((h, col) => plan.set(HEADER_ROW, col, h));
  plan.format({ top: BAND_ROW, left: 0, bottom: HEADER_ROW, right: lastCol }, SHEET_STYLE.header);

  options.entities.forEach((entity, i) => {
    plan.set(FIRST_ROW + i, 0, i + 1);
    plan.set(FIRST_ROW + i, 1, entity);
  });
  // The first row's formulas, filled down: every row's are the same with its own row (settings and columns anchored).
  const formulas = awardRowFormulas(FIRST_ROW, HEADER_ROW, lastRow, FIRST_ROW, c, s, { award: rules.awardLine, penalty: rules.penaltyLine, interview: rules.interviewLine, warning: rules.warningLine });
  for (const [col, formula] of formulas) plan.formula(FIRST_ROW, col, formula);
  plan.fillDown(FIRST_ROW, Math.min(...formulas.keys()), Math.max(...formulas.keys()), lastRow);
  const monthRange = { top: FIRST_ROW, left: months[0], bottom: lastRow, right: months[months.length - 1] };
  plan.format({ top: FIRST_ROW, left: 1, bottom: lastRow, right: months[months.length - 1] }, SHEET_STYLE.input);
  plan.format({ top: FIRST_ROW, left: averages[0], bottom: lastRow, right: lastCol }, SHEET_STYLE.computed);
  plan.validation(monthRange, { type: 'decimal', min: 0, max: rules.fullScore, prompt: `请输入 0～${rules.fullScore} 分`, error: `得分应在 0～${rules.fullScore} 分之间` });
  const first = cellRef(FIRST_ROW, months[0]);
  plan.conditional(monthRange, { type: 'expression', formula: and(isNumber(first), compare(first, under(rules.interviewLine), s.interviewLine)), format: SHEET_STYLE.invalid });
  plan.conditional({ top: FIRST_ROW, left: yearAverage, bottom: lastRow, right: yearAverage }, { type: 'expression', formula: and(isNumber(cellRef(FIRST_ROW, yearAverage)), compare(cellRef(FIRST_ROW, yearAverage), atLeast(rules.awardLine), s.awardLine)), format: { fill: '#C6EFCE' } });
  plan.width(1, 16);
  plan.width(interviewMonths, 18);
  plan.width(left, 30);

  // A note closes the table; under it: interviews per month, fines per quarter, prize money in all.
  plan.set(lastRow + 1, 0, '注：分数线、奖项名额和金额可在右侧黄色单元格中修改。');
  const sumRow = lastRow + 2;
  plan.set(sumRow, 1, '约谈个数 / 合计');
  const column = (col: number) => columnRange(col, FIRST_ROW, lastRow, abs);
  months.forEach((col) => plan.formula(sumRow, col, countIf(column(col), criterion(under(rules.interviewLine), s.interviewLine))));
  quarters.forEach((q) => plan.formula(sumRow, q.penalty, sum(column(q.penalty))));
  plan.formula(sumRow, amount, sum(column(amount)));
  plan.formula(sumRow, interviews, sum(column(interviews)));
  plan.formula(sumRow, awardRank, count(column(awardRank)));
  plan.format({ top: sumRow, left: 1, bottom: sumRow, right: lastCol }, { ...SHEET_STYLE.computed, font: { bold: true } });

  const letter = columnLetter;
  const layout: AwardsSheetLayout = {
    sheet: options.sheet, firstRow: FIRST_ROW + 1, lastRow: lastRow + 1, entityColumn: 'B',
    months: months.map((col, i) => ({ column: letter(col), period: rules.periods[i] })),
    quarters: quarters.map((q) => ({ average: letter(q.average), penalty: letter(q.penalty), periods: q.months.map((m) => rules.periods[m - 2]) })),
    yearAverage: letter(yearAverage), rank: letter(rank), awardRank: letter(awardRank), prize: letter(prize), amount: letter(amount),
    interviews: letter(interviews), interviewMonths: letter(interviewMonths), warning: letter(warning),
    settings: {
      awardLine: s.awardLine, penaltyLine: s.penaltyLine, penaltyAmount: s.penaltyAmount, interviewLine: s.interviewLine, warningLine: s.warningLine,
      tiers: rules.tiers.map((t, i) => ({ label: t.label, count: cellRef(tiers.firstRow + i, left + 1, abs), amount: cellRef(tiers.firstRow + i, left + 2, abs), start: cellRef(tiers.firstRow + i, left + 3, abs) })),
    },
    summary: { interviewsPerMonth: months.map((col) => cellAddress(sumRow, col)), penaltiesPerQuarter: quarters.map((q) => cellAddress(sumRow, q.penalty)), totalAmount: cellAddress(sumRow, amount) },
  };
  const summary = `新建奖惩汇总表“${options.sheet}”：${options.entities.length} 个对象，${rules.periods.length} 期得分`;
  return { plan: plan.toPlan(summary, { freeze: { rows: FIRST_ROW, columns: 2 }, ...(options.protect ? { protect: options.protect } : {}) }), layout };
}
