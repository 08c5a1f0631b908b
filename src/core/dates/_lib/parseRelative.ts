import type { Deadline } from '../deadline';
import {
  BY_SUFFIXES, RANGE_SEPARATORS, RELATIVE_ANCHOR_ENDINGS, RELATIVE_EVENT_ENDINGS, RELATIVE_LIMIT_WORDS, RELATIVE_UNITS, SINCE_PREFIXES,
} from '../deadlineVocabulary';
import { alternation } from './alternation';

const WITHIN = BY_SUFFIXES.filter((s) => s.meaning === 'within').map((s) => s.word);
const RELATIVE_RE = new RegExp(
  `^(?:(.+?)(?:(${alternation(RELATIVE_EVENT_ENDINGS)})|${alternation(RELATIVE_ANCHOR_ENDINGS)}))?` +
  `(${alternation(RELATIVE_LIMIT_WORDS)})?(\\d{1,3})(?:(?:${alternation(RANGE_SEPARATORS)})(\\d{1,3}))?` +
  `(${alternation(RELATIVE_UNITS.map((u) => u.word))})(${alternation(WITHIN)})?$`,
);
const EVENT_OPENING = new RegExp(`^(?:${alternation(SINCE_PREFIXES)})`);

/**
 * `5个工作日内`, `活动结束后2天内`, `收到通知之日起3日内`, `1个月内`, `在45个工作日内`,
 * `不得超过15个工作日`, `3-5个工作日` (up to 5), `工作或活动结束2天内`, `从公示之日起一周内`.
 * `3日` alone is not relative (it may be the 3rd of a month): a calendar-day
 * count needs `内`, a limit word or an event; `工作日`, `周`, `个月` speak for themselves.
 */
export function parseRelative(text: string, phrase: string): Deadline | undefined {
  const m = RELATIVE_RE.exec(phrase);
  if (!m) return undefined;
  const [, event, eventEnding, limit, first, second, unitWord, within] = m;
  const unit = RELATIVE_UNITS.find((u) => u.word === unitWord)!.unit;
  if (unit === 'day' && event === undefined && within === undefined && limit === undefined) return undefined;
  const least = second === undefined ? undefined : Number(first);
  const amount = Number(second ?? first);
  if (amount === 0 || (least !== undefined && least > amount)) return undefined;
  const after = event === undefined ? undefined : `${event.replace(EVENT_OPENING, '')}${eventEnding ?? ''}`;
  return {
    text, yearInferred: false, yearSource: 'none', kind: 'relative', amount, unit,
    ...(least === undefined ? {} : { least }), ...(after === undefined || after === '' ? {} : { after }),
  };
}
