import type { CellValue } from '../../grid/grid';
import { POINTS_VOCABULARY } from '../rubricVocabulary';
import { normalizeText } from './normalizeText';

/** Sums points without binary noise: 0.3 + 0.3 + 0.4 is 1, not 1.0000000000000002. */
export function addPoints(values: readonly number[]): number {
  return Math.round(values.reduce((a, b) => a + b, 0) * 1e6) / 1e6;
}

/**
 * Every point a criterion states, in order: `（n分）` anywhere (`（得1分）` too), and a bare
 * `n分` closing a clause (`…作用；3分`, `…威信高。3分`). Deductions (`扣3分`,
 * `每发现一次扣1分`) and increments (`每项加1分`) are not points of the item.
 *
 * @example pointsInText('①…常态化组织志愿服务（1分）；…（5分）') // [1, 5]
 * @example pointsInText('1、党委、党支部各项组织制度…健全；3分') // [3]
 */
export function pointsInText(text: string): number[] {
  const found = [...text.matchAll(POINTS_VOCABULARY.pointsInText)].map((m) => ({ at: m.index, end: m.index + m[0].length, points: Number(m[1]) }));
  for (const m of text.matchAll(POINTS_VOCABULARY.closingPoints)) {
    if (!found.some((f) => m.index < f.end && f.at < m.index + m[0].length)) found.push({ at: m.index, end: m.index + m[0].length, points: Number(m[1]) });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.points);
}

/** `满分46分`, `共100分` anywhere in the text (not a threshold such as `总分80分以上`). */
export function fullScoreInText(text: string): number | undefined {
  const m = POINTS_VOCABULARY.fullScore.exec(text);
  return m ? Number(m[1]) : undefined;
}

/**
 * A category label's stated total and its name without it.
 *
 * @example statedTotal('一、机制健全15分') // { name: '一、机制健全', total: 15 }
 * @example statedTotal('组织领导有力（总分24分）') // { name: '组织领导有力', total: 24 }
 * @example statedTotal('（七） 创建 活动 扎实 有效 90分）') // { name: '（七） 创建 活动 扎实 有效', total: 90 }
 * @example statedTotal('组织领导坚强有力 （分）') // { name: '组织领导坚强有力 （分）' }
 */
export function statedTotal(label: string): { name: string; total?: number } {
  for (const pattern of POINTS_VOCABULARY.statedTotal) {
    const m = pattern.exec(label);
    if (!m) continue;
    const name = (label.slice(0, m.index) + label.slice(m.index + m[0].length)).replace(/[\s，,；;：:]+$/, '').trim();
    return { name: name || label, total: Number(m[1]) };
  }
  return { name: label };
}

/** A 分值 cell: `5`, `'5'`, `5分`, `５分`; undefined when blank or not a number of points. */
export function pointsCell(value: CellValue): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const m = POINTS_VOCABULARY.pointsCell.exec(normalizeText(value));
  return m ? Number(m[1]) : undefined;
}
