import type { Deadline } from '../deadline';
import { MILESTONE_LEADS, MILESTONE_TARGETS, MILESTONE_WORDS, ONGOING_WORDS } from '../deadlineVocabulary';
import { alternation } from './alternation';
import { readYearPrefix } from './parseSpanAtom';
import type { YearContext } from './resolveSpan';

type Meta = Pick<Deadline, 'text' | 'year' | 'yearInferred' | 'yearSource'>;

const noYear = (text: string): Meta => ({ text, yearInferred: false, yearSource: 'none' });

// `按照时间节点要求`, `按省测评要求`, `根据工作进度`: a lead, a few characters, what is followed.
const MILESTONE_RE = new RegExp(`^(?:${alternation(MILESTONE_LEADS)})[^\\d]{0,8}?(?:${alternation(MILESTONE_TARGETS)})(?:要求|安排)?$`);

/** `按时间节点`, `按照时间节点要求`, `按省测评要求`, `根据工作进度`, `另行通知`. */
export function parseMilestone(text: string, phrase: string): Deadline | undefined {
  return MILESTONE_WORDS.includes(phrase) || MILESTONE_RE.test(phrase) ? { ...noYear(text), kind: 'milestone' } : undefined;
}

/** `全年`, `2024年全年` (that year, first to last day), `长期`, `常态化`. */
export function parseOngoing(text: string, phrase: string, context: YearContext): Deadline | undefined {
  const prefix = readYearPrefix(phrase);
  const rest = prefix.rest.replace(/^度/, '');
  const word = ONGOING_WORDS.find((w) => w.word === rest);
  if (!word) return undefined;
  if (word.scope === 'indefinite') return { ...noYear(text), kind: 'ongoing', scope: 'indefinite' };
  const written = prefix.year;
  const base = written ?? context.year ?? context.referenceYear;
  const source = written !== undefined ? 'text' : context.year !== undefined ? 'context' : context.referenceYear !== undefined ? 'reference' : 'none';
  if (base === undefined) return { ...noYear(text), kind: 'ongoing', scope: 'year' };
  const year = base + prefix.yearOffset;
  return {
    text, year, yearInferred: source === 'context' || source === 'reference', yearSource: source,
    kind: 'ongoing', scope: 'year', start: { year, month: 1, day: 1 }, end: { year, month: 12, day: 31 },
  };
}
