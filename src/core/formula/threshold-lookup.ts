import { call, compare, countIf, criterion, iff, index, match, type Formula } from './formula';

/** Where a threshold table lives: two parallel ranges sorted by ascending threshold, plus the label below them all. */
export interface ThresholdTable {
  /** `$Y$5:$Y$7`: the lowest score of each level, ascending (`80`, `90`, `95`). */
  readonly thresholds: Formula;
  /** `$X$5:$X$7`: the level names in the same order (`三星级`, `四星级`, `五星级`). */
  readonly labels: Formula;
  /** `$X$4`: the name for a score under the lowest threshold (`未达标`). */
  readonly below: Formula;
}

/**
 * The level a score reaches, read from threshold cells (never from literals, so
 * changing one cell re-levels every row). `80分以上` includes 80 itself
 * (民法典 第1259条: 以上、以下、以内 include the number), which is exactly
 * MATCH's approximate mode over ascending thresholds.
 *
 * @example thresholdLookup('T5', { thresholds: '$Y$5:$Y$7', labels: '$X$5:$X$7', below: '$X$4' })
 * // 'IF(T5<INDEX($Y$5:$Y$7,1),$X$4,INDEX($X$5:$X$7,MATCH(T5,$Y$5:$Y$7,1)))'
 */
export function thresholdLookup(value: Formula, table: ThresholdTable): Formula {
  return iff(
    compare(value, '<', index(table.thresholds, '1')),
    table.below,
    index(table.labels, match(value, table.thresholds, 'ascending')),
  );
}

/** The threshold of a named level: `INDEX($Y$5:$Y$7,MATCH($Y$10,$X$5:$X$7,0))`. */
export function thresholdOf(label: Formula, table: Pick<ThresholdTable, 'thresholds' | 'labels'>): Formula {
  return index(table.thresholds, match(label, table.labels, 'exact'));
}

/** How many numbers in a range reach a threshold: `COUNTIF(T5:T50,">="&$Y$5)`. */
export function countAtLeast(range: Formula, threshold: Formula): Formula {
  return countIf(range, criterion('>=', threshold));
}

/** How many numbers in a range are under a line: `COUNTIF(C5:N5,"<"&$Y$3)` (blanks are not counted). */
export function countBelow(range: Formula, line: Formula): Formula {
  return countIf(range, criterion('<', line));
}

/** The share of a range's rows whose number reaches a threshold: `COUNTIF(…)/ROWS(…)`. */
export function shareAtLeast(range: Formula, threshold: Formula): Formula {
  return `${countAtLeast(range, threshold)}/${call('ROWS', range)}`;
}
