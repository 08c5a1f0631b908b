import type { Deadline } from '../deadline';
import { BY_SUFFIXES, RELATIVE_ANCHOR_ENDINGS, RELATIVE_UNITS } from '../deadlineVocabulary';
import { alternation } from './alternation';

const WITHIN = BY_SUFFIXES.filter((s) => s.meaning === 'within').map((s) => s.word);
const RELATIVE_RE = new RegExp(
  `^(?:(.+?)(${alternation(RELATIVE_ANCHOR_ENDINGS)}))?(\\d{1,3})(${alternation(RELATIVE_UNITS.map((u) => u.word))})(${alternation(WITHIN)})?$`,
);

/**
 * `5个工作日内`, `活动结束后2天内`, `收到通知之日起3日内`, `1个月内`.
 * `3日` alone is not relative (it may be the 3rd of a month): a calendar-day
 * count needs `内` or an event; `工作日`, `周`, `个月` speak for themselves.
 */
export function parseRelative(text: string, phrase: string): Deadline | undefined {
  const m = RELATIVE_RE.exec(phrase);
  if (!m) return undefined;
  const [, after, , amount, unitWord, within] = m;
  const unit = RELATIVE_UNITS.find((u) => u.word === unitWord)!.unit;
  if (unit === 'day' && after === undefined && within === undefined) return undefined;
  return {
    text, yearInferred: false, yearSource: 'none',
    kind: 'relative', amount: Number(amount), unit, ...(after === undefined ? {} : { after }),
  };
}
