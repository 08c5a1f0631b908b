import { countIf, criterion, isNumber, sumProduct, type Formula } from './formula';

/**
 * 中国式排名: ties share a place and the next place is not skipped
 * (90, 85, 85, 80 → 1, 2, 2, 3). One plus the number of distinct values above.
 * For ranges that hold numbers only.
 *
 * @example denseRank('T5', '$T$5:$T$50') // 'SUMPRODUCT(($T$5:$T$50>T5)/COUNTIF($T$5:$T$50,$T$5:$T$50))+1'
 */
export function denseRank(value: Formula, range: Formula): Formula {
  return `${sumProduct(`(${range}>${value})/${countIf(range, range)}`)}+1`;
}

/**
 * 中国式排名 over a range that may hold blanks or `""` (rows not scored yet).
 * Text is left out by `ISNUMBER`; `range&""` and `+(1-ISNUMBER(range))` keep the
 * divisor above zero for blank cells in every engine (Excel counts `""` cells
 * under the criterion `""`, HyperFormula does not).
 *
 * @example denseRankIgnoringText('T5', '$T$5:$T$50')
 * // 'SUMPRODUCT(ISNUMBER($T$5:$T$50)*($T$5:$T$50>T5)/(COUNTIF($T$5:$T$50,$T$5:$T$50&"")+(1-ISNUMBER($T$5:$T$50))))+1'
 */
export function denseRankIgnoringText(value: Formula, range: Formula): Formula {
  const numeric = isNumber(range);
  return `${sumProduct(`${numeric}*(${range}>${value})/(${countIf(range, `${range}&""`)}+(1-${numeric}))`)}+1`;
}

/**
 * Competition rank (1, 2, 2, 4): one plus how many are strictly higher. Used to
 * hand out a fixed number of prizes (一等奖 1 名…) so ties never add places.
 *
 * @example competitionRank('P5', '$P$5:$P$50') // 'COUNTIF($P$5:$P$50,">"&P5)+1'
 */
export function competitionRank(value: Formula, range: Formula): Formula {
  return `${countIf(range, criterion('>', value))}+1`;
}
