import { cellAddress } from '../grid/a1';
import type { Grid } from '../grid/grid';
import { CHINESE_DIGITS, CHINESE_TEN } from './deadlineVocabulary';
import { normalizeDeadlineText } from './_lib/normalizeDeadlineText';

/** One step of a plan's 实施步骤 and its time as written. */
export interface Phase {
  /** `对接启动阶段`, `第一阶段:全面部署,迅速摸排`. */
  readonly name: string;
  /** The time in its brackets: `6月5日前`, `10月至12月上旬`. */
  readonly text: string;
  /** The step's number (`（二）` → 2, `1、` → 1), when it has one; a new 1 starts a new plan. */
  readonly number?: number;
  readonly sheet?: string;
  readonly cell?: string;
}

const NUMERALS = `0-9${Object.keys(CHINESE_DIGITS).filter((c) => !/[Oo]/.test(c)).join('')}${CHINESE_TEN}`;
// `（二）组织实施阶段（6月6日至9月30日）。…` and `1、第一阶段:全面部署,迅速摸排(4月下旬—5月上旬)。…`
const ENUMERATOR = new RegExp(`^\\s*(?:[(（]([${NUMERALS}]{1,3})[)）]|([${NUMERALS}]{1,3})\\s*[、.．])\\s*`);
const BRACKETED = /[(（]([^()（）]{1,40})[)）]/g;
const STAGE_OPENING = new RegExp(`^第[${NUMERALS}]{1,3}阶段`);
// What a bracketed time looks like, before it is parsed: a month, a day, a 旬, a year.
const TIME_LIKE = /[月日旬]|年/;

function numberOf(token: string | undefined): number | undefined {
  if (token === undefined) return undefined;
  const n = Number(normalizeDeadlineText(token));
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/**
 * A phase heading: numbered (`（二）`, `1、`) or opening with `第…阶段`, naming a
 * 阶段, and closing its first sentence with the bracketed time. Prose that
 * merely mentions a 阶段 and a date (`本阶段完成后，在（6月5日前）报送`) is not one.
 */
function phaseOfLine(line: string): Omit<Phase, 'sheet' | 'cell'> | undefined {
  const head = line.split('。')[0].trim();
  const stage = head.indexOf('阶段');
  if (stage === -1 || head.length > 80) return undefined;
  const enumerator = ENUMERATOR.exec(head);
  const from = enumerator ? enumerator[0].length : 0;
  if (!enumerator && !STAGE_OPENING.test(head)) return undefined;
  for (const m of head.matchAll(BRACKETED)) {
    if (m.index < stage || m.index + m[0].length !== head.length || !TIME_LIKE.test(m[1])) continue;
    const name = head.slice(from, m.index).trim().replace(/[:：,，]+$/, '');
    const number = numberOf(enumerator?.[1] ?? enumerator?.[2]);
    return { name, text: m[1].trim(), ...(number === undefined ? {} : { number }) };
  }
  return undefined;
}

/**
 * The phases a notice sets out in prose, in reading order: every cell line
 * that is a phase heading with its time in brackets.
 * Phases without a time (`3、第三阶段:巩固提升,长期坚持。`) are left out.
 *
 * @example findPhases(notice)[1] // { name: '组织实施阶段', text: '6月6日至9月30日', number: 2, sheet: '通知', cell: 'A30' }
 */
export function findPhases(grid: Grid): Phase[] {
  const phases: Phase[] = [];
  grid.values.forEach((row, r) => row.forEach((value, c) => {
    if (typeof value !== 'string' || !value.includes('阶段')) return;
    for (const line of value.split(/\r?\n/)) {
      const phase = phaseOfLine(line);
      if (phase) phases.push({ ...phase, sheet: grid.name, cell: cellAddress(r, c) });
    }
  }));
  return phases;
}
