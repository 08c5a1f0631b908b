import type { CellValue } from '../../grid/grid';
import { POINTS_VOCABULARY } from '../rubricVocabulary';
import { normalizeText } from './normalizeText';

/** Sums points without binary noise: 0.3 + 0.3 + 0.4 is 1, not 1.0000000000000002. */
export function addPoints(values: readonly number[]): number {
  return Math.round(values.reduce((a, b) => a + b, 0) * 1e6) / 1e6;
}

/**
 * Every `（n分）` written in a criterion, in order.
 *
 * @example pointsInText('①…常态化组织志愿服务（1分）；…（5分）') // [1, 5]
 */
export function pointsInText(text: string): number[] {
  return [...text.matchAll(POINTS_VOCABULARY.pointsInText)].map((m) => Number(m[1]));
}

/** `满分46分` anywhere in the text. */
export function fullScoreInText(text: string): number | undefined {
  const m = POINTS_VOCABULARY.fullScore.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** A 分值 cell: `5`, `'5'`, `5分`, `５分`; undefined when blank or not a number of points. */
export function pointsCell(value: CellValue): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const m = POINTS_VOCABULARY.pointsCell.exec(normalizeText(value));
  return m ? Number(m[1]) : undefined;
}
