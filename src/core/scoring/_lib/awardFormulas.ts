import { competitionRank, denseRankIgnoringText } from '../../formula/dense-rank';
import { and, average, BLANK, compare, concat, count, countIf, criterion, iff, index, isNumber, match, min, or, round, sum, text, trim, type Comparison, type Formula } from '../../formula/formula';
import { cellRef, columnRange, rowRange } from '../../formula/references';
import type { ScoreLine } from '../awardRules';

/** `≥ 85` for 以上 lines, `> 85` for 超过; `≤ 83` for 以下 lines, `< 83` for 低于. */
export const atLeast = (l: ScoreLine): Comparison => (l.inclusive ? '>=' : '>');
export const under = (l: ScoreLine): Comparison => (l.inclusive ? '<=' : '<');

/** Absolute references to the settings an awards row reads. */
export interface AwardSettingsRefs {
  readonly awardLine: Formula;
  readonly penaltyLine: Formula;
  readonly penaltyAmount: Formula;
  readonly interviewLine: Formula;
  readonly warningLine: Formula;
  readonly tierLabels: Formula;
  readonly tierCounts: Formula;
  readonly tierAmounts: Formula;
  readonly tierStarts: Formula;
}

/** Columns of an awards row, 0-based. */
export interface AwardColumns {
  readonly months: readonly number[];
  readonly quarters: readonly { readonly average: number; readonly penalty: number; readonly months: readonly number[] }[];
  readonly yearAverage: number;
  readonly rank: number;
  readonly awardRank: number;
  readonly prize: number;
  readonly amount: number;
  readonly interviews: number;
  readonly interviewMonths: number;
  readonly warning: number;
}

/** An average of the cells given, rounded to 2 decimals as published, or blank when none is filled. */
const averageOrBlank = (range: Formula): Formula => iff(compare(count(range), '=', '0'), BLANK, round(average(range), 2));

/**
 * One entity's formulas (seed 003): quarterly averages; the quarter's fine for
 * the last place when its average is under the line; the yearly average and its
 * 中国式排名; prizes by competition rank among averages at or above the line (so
 * ties never add prize places) in tiers read from the settings; interviews per
 * month under the line, listed by month name.
 */
export function awardRowFormulas(row: number, headerRow: number, lastRow: number, firstRow: number, c: AwardColumns, s: AwardSettingsRefs, lines: { award: ScoreLine; penalty: ScoreLine; interview: ScoreLine; warning: ScoreLine }): Map<number, Formula> {
  const f = new Map<number, Formula>();
  const at = (col: number) => cellRef(row, col);
  const whole = (col: number) => columnRange(col, firstRow, lastRow, { anchor: 'absolute' });
  for (const q of c.quarters) {
    f.set(q.average, averageOrBlank(rowRange(row, q.months[0], q.months[q.months.length - 1])));
    const avg = at(q.average);
    f.set(q.penalty, iff(and(isNumber(avg), compare(avg, '=', min(whole(q.average))), compare(avg, under(lines.penalty), s.penaltyLine)), s.penaltyAmount, BLANK));
  }
  const months = rowRange(row, c.months[0], c.months[c.months.length - 1]);
  f.set(c.yearAverage, averageOrBlank(months));
  const year = at(c.yearAverage);
  f.set(c.rank, iff(compare(year, '=', BLANK), BLANK, denseRankIgnoringText(year, whole(c.yearAverage))));
  f.set(c.awardRank, iff(and(isNumber(year), compare(year, atLeast(lines.award), s.awardLine)), competitionRank(year, whole(c.yearAverage)), BLANK));
  const place = at(c.awardRank);
  f.set(c.prize, iff(or(compare(place, '=', BLANK), compare(place, '>', sum(s.tierCounts))), BLANK, index(s.tierLabels, match(place, s.tierStarts, 'ascending'))));
  const prize = at(c.prize);
  f.set(c.amount, iff(compare(prize, '=', BLANK), BLANK, index(s.tierAmounts, match(prize, s.tierLabels, 'exact'))));
  f.set(c.interviews, countIf(months, criterion(under(lines.interview), s.interviewLine)));
  // Month names come from the header cells, so renaming a period renames it here too.
  const flagged = c.months.map((col) => iff(and(isNumber(at(col)), compare(at(col), under(lines.interview), s.interviewLine)), concat(cellRef(headerRow, col, { anchor: 'row' }), text(' ')), BLANK));
  f.set(c.interviewMonths, trim(concat(...flagged)));
  f.set(c.warning, iff(and(isNumber(year), compare(year, under(lines.warning), s.warningLine)), text('通报批评'), BLANK));
  return f;
}

