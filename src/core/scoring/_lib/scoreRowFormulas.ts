import { denseRankIgnoringText } from '../../formula/dense-rank';
import { arithmetic, BLANK, call, compare, countA, iff, ifError, index, match, min, round, sum, type Formula } from '../../formula/formula';
import { cellRef, rowRange } from '../../formula/references';
import { thresholdLookup } from '../../formula/threshold-lookup';
import { pointColumns, runs, type ScoreColumn } from './scoreColumns';
import type { ScoreSettingsRefs } from './scoreSettings';

/** Totals keep 4 decimals: enough for 0.25 points, and ties compare equal in every engine. */
export const TOTAL_DECIMALS = 4;

export interface ScoreRowColumns {
  readonly total: number;
  readonly level?: number;
  readonly rank: number;
  /** The whole total column, absolute (`$T$4:$T$49`), for the rank. */
  readonly totals: Formula;
}

/**
 * The formulas of one entity row: looked-up option points, capped bonuses,
 * the total (blank until something is entered), the level from the threshold
 * cells and the 中国式排名.
 */
export function scoreRowFormulas(row: number, columns: readonly ScoreColumn[], settings: ScoreSettingsRefs, at: ScoreRowColumns): Map<number, Formula> {
  const cell = (col: number) => cellRef(row, col);
  const formulas = new Map<number, Formula>();
  for (const column of columns) {
    if (column.role === 'optionPoints') {
      const table = settings.options.get(column.input)!;
      const looked = index(table.points, match(cell(column.input), table.labels, 'exact'));
      // Blank until the label is chosen, like the total: an unscored row shows no 0s. SUM skips the blank.
      formulas.set(column.col, iff(compare(cell(column.input), '=', BLANK), BLANK, ifError(looked, '0')));
    } else if (column.role === 'bonusPoints') {
      const rule = settings.bonus.get(column.item.id)!;
      const inputs = columns.filter((c): c is Extract<ScoreColumn, { role: 'input' }> => c.role === 'input' && column.inputs.includes(c.col));
      // MIN ignores a blank cell it is handed directly, so a blank raw bonus goes through N() and becomes 0.
      const earned = inputs[0].kind === 'count'
        ? inputs.length === 1 ? arithmetic('*', cell(inputs[0].col), rule.increments[0]) : arithmetic('+', ...inputs.map((c, i) => arithmetic('*', cell(c.col), rule.increments[i])))
        : call('N', cell(inputs[0].col));
      const entered = runs(inputs.map((c) => c.col)).map(([l, r]) => rowRange(row, l, r));
      formulas.set(column.col, iff(compare(countA(...entered), '=', '0'), BLANK, min(earned, rule.cap)));
    }
  }
  const inputRuns = runs(columns.filter((c) => c.role === 'input').map((c) => c.col)).map(([l, r]) => rowRange(row, l, r));
  const pointRuns = runs(pointColumns(columns)).map(([l, r]) => rowRange(row, l, r));
  const total = cell(at.total);
  formulas.set(at.total, iff(compare(countA(...inputRuns), '=', '0'), BLANK, round(sum(...pointRuns), TOTAL_DECIMALS)));
  if (at.level !== undefined && settings.levels) {
    formulas.set(at.level, iff(compare(total, '=', BLANK), BLANK, thresholdLookup(total, settings.levels)));
  }
  formulas.set(at.rank, iff(compare(total, '=', BLANK), BLANK, denseRankIgnoringText(total, at.totals)));
  return formulas;
}

