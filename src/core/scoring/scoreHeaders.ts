/**
 * Header texts of score-sheet columns, written by the builders and read back by
 * `checkScores` (and by anyone recognising a score sheet): the maximum sits at the
 * end in full-width brackets, like the rubrics themselves write it (`（5分）`).
 */

export type ScoreHeaderKind = 'points' | 'options' | 'count' | 'bonus';

const MARK: Readonly<Record<Exclude<ScoreHeaderKind, 'points'>, string>> = {
  options: '（选项）',
  count: '（项数）',
  bonus: '（加分）',
};

/**
 * `scoreHeader('points', '1.路面硬化', 5)` → `1.路面硬化（5分）`;
 * `scoreHeader('options', '8① 开展志愿服务活动')` → `8① 开展志愿服务活动（选项）`.
 */
export function scoreHeader(kind: ScoreHeaderKind, name: string, max?: number): string {
  if (kind !== 'points') return `${name}${MARK[kind]}`;
  return max === undefined ? name : `${name}（${max}分）`;
}

/** What a score-sheet header says about its column: the kind and, for points, the maximum. */
export function parseScoreHeader(header: string): { kind: ScoreHeaderKind; max?: number } {
  const text = header.trim();
  for (const [kind, mark] of Object.entries(MARK) as [Exclude<ScoreHeaderKind, 'points'>, string][]) {
    if (text.endsWith(mark) || text.endsWith(mark.replace('（', '(').replace('）', ')'))) return { kind };
  }
  const m = /[（(]\s*(?:满分)?\s*(\d+(?:\.\d+)?)\s*分\s*[）)]$/.exec(text);
  return m ? { kind: 'points', max: Number(m[1]) } : { kind: 'points' };
}
