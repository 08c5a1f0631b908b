import type { Rubric } from '../rubric';
import type { ScoreSheetLayout } from '../scoreSheetLayout';

/** What an inspector typed into one row: input column letter → value (blank when absent). */
export type RowInputs = Readonly<Record<string, number | string | null>>;

export interface ExpectedRow {
  readonly total: number | '';
  readonly level: string | '';
  readonly rank: number | '';
}

/**
 * Test-only: the score sheet's results computed in plain TypeScript from the
 * rubric, independently of any formula: points, option points, counts × points,
 * bonus capped at the item's cap, levels by `≥ threshold`, 中国式排名.
 */
export function expectedScores(rubric: Rubric, layout: ScoreSheetLayout, rows: readonly RowInputs[], thresholds = rubric.levels): ExpectedRow[] {
  const totals = rows.map((inputs) => {
    const entered = layout.inputs.filter((i) => inputs[i.column] !== undefined && inputs[i.column] !== null && inputs[i.column] !== '');
    if (entered.length === 0) return '' as const;
    let sum = 0;
    for (const item of rubric.items) {
      let points = 0;
      for (const input of layout.inputs.filter((i) => i.item === item.id)) {
        const value = inputs[input.column] ?? null;
        if (value === null || value === '') continue;
        if (input.kind === 'options') points += input.options!.find((o) => o.label === value)?.points ?? 0;
        else if (input.kind === 'count') points += Number(value) * input.points!;
        else points += Number(value);
      }
      sum += item.bonus ? Math.min(points, item.max ?? 0) : points;
    }
    return Math.round(sum * 1e4) / 1e4;
  });
  const numbers = totals.filter((t): t is number => t !== '');
  return totals.map((total) => {
    if (total === '') return { total, level: '', rank: '' };
    const reached = [...thresholds].sort((a, b) => a.min - b.min).filter((l) => total >= l.min);
    return {
      total,
      level: thresholds.length === 0 ? '' : reached.length === 0 ? rubric.belowLabel : reached[reached.length - 1].label,
      rank: new Set(numbers.filter((n) => n > total)).size + 1,
    };
  });
}

/** Input cells of one row for the plan engine: `{ C4: 5, R4: 3 }`. */
export function rowCells(inputs: RowInputs, row: number): Record<string, number | string | null> {
  return Object.fromEntries(Object.entries(inputs).map(([column, value]) => [`${column}${row}`, value]));
}
