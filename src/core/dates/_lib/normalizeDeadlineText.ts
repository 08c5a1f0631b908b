import { CHINESE_DIGITS, CHINESE_TEN, MONTH_NAMES, TRADITIONAL_FORMS } from '../deadlineVocabulary';
import { alternation } from './alternation';

const NUMERAL_CHARS = Object.keys(CHINESE_DIGITS).join('') + CHINESE_TEN;
const NUMERAL_RUN = new RegExp(`[${NUMERAL_CHARS}]+`, 'g');
const LATIN_ZERO = /^[Oo]$/;
const TRADITIONAL = new RegExp(`[${Object.keys(TRADITIONAL_FORMS).join('')}]`, 'g');
const MONTH_NAME = new RegExp(alternation(Object.keys(MONTH_NAMES)), 'g');

/**
 * One run of Chinese numerals as a digit string: `二〇二〇` → `2020`,
 * `三十一` → `31`, `十` → `10`, `十二` → `12`. Runs that are not a number
 * (`十十`, a lone letter O) come back unchanged.
 */
function numeralRun(run: string): string {
  const chars = [...run];
  if (chars.every((c) => LATIN_ZERO.test(c))) return run;
  const tenAt = chars.indexOf(CHINESE_TEN);
  if (tenAt === -1) return chars.map((c) => String(CHINESE_DIGITS[c])).join('');
  if (chars.lastIndexOf(CHINESE_TEN) !== tenAt || tenAt > 1 || chars.length - tenAt > 2) return run;
  const tens = tenAt === 0 ? 1 : CHINESE_DIGITS[chars[0]];
  const ones = tenAt === chars.length - 1 ? 0 : CHINESE_DIGITS[chars[tenAt + 1]];
  if (tens === 0 || ones === undefined || tens === undefined) return run;
  return String(tens * 10 + ones);
}

/**
 * The form the grammar reads: Unicode NFKC (full-width `２０２０` and `（` fold
 * to `2020` and `(`), every kind of white space removed (`1 月`, `郭  琳`-style
 * padding, U+3000, U+00A0, line breaks from Word), zero-width characters
 * removed, traditional characters of the grammar folded (`以來` → `以来`),
 * month names spelled out (`元月` → `1月`), Chinese numerals turned into
 * digits (`二〇二〇年六月三十日` → `2020年6月30日`).
 */
export function normalizeDeadlineText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '')
    .replace(TRADITIONAL, (c) => TRADITIONAL_FORMS[c])
    .replace(MONTH_NAME, (w) => `${MONTH_NAMES[w]}月`)
    .replace(NUMERAL_RUN, numeralRun);
}
