import type { ScoringOption } from '../rubric';
import { OPTION_VOCABULARY } from '../rubricVocabulary';

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ZERO = OPTION_VOCABULARY.zero.map(escape).join('|');

/** `“label”…得5分` / `“label”…不得分`, for each quote pair; the gap may not cross a clause or another quote. */
const QUOTED = OPTION_VOCABULARY.quotes.map(
  ([open, close]) =>
    new RegExp(String.raw`${escape(open)}([^${escape(open)}${escape(close)}]+)${escape(close)}[^${escape(open)}，,；;。]{0,12}?(?:得\s*${NUMBER}\s*分|(${ZERO}))`, 'g'),
);

/** `A级得10分`, `B档（8分）`, `D级不得分`; the letter must stand alone (not the A of `APP`). */
const GRADED = new RegExp(
  String.raw`(?<![A-Za-z])([${OPTION_VOCABULARY.gradeLetters.join('')}])(${OPTION_VOCABULARY.gradeSuffixes.join('|')})?(?![A-Za-z])[^A-Za-z，,；;。]{0,8}?(?:得\s*${NUMBER}\s*分|[（(]\s*${NUMBER}\s*分\s*[）)]|(${ZERO}))`,
  'g',
);

/**
 * The options a criterion offers, when it offers at least two; otherwise none.
 * Labels keep their wording; a zero-point option keeps only its quoted label.
 *
 * @example optionsInText('“按规定组织”得5分，“未按规定组织”得3分，“不作为”得2分，“未组织”或被举报不得分')
 * // [{label:'按规定组织',points:5},{label:'未按规定组织',points:3},{label:'不作为',points:2},{label:'未组织',points:0}]
 */
export function optionsInText(text: string): ScoringOption[] {
  for (const pattern of QUOTED) {
    const quoted = [...text.matchAll(pattern)].map((m) => ({ label: m[1].trim(), points: m[2] === undefined ? 0 : Number(m[2]) }));
    if (quoted.length >= 2) return unique(quoted);
  }
  const graded = [...text.matchAll(GRADED)].map((m) => ({
    label: `${m[1]}${m[2] ?? ''}`,
    points: m[3] !== undefined ? Number(m[3]) : m[4] !== undefined ? Number(m[4]) : 0,
  }));
  return graded.length >= 2 ? unique(graded) : [];
}

/** The first mention of a label wins (a later `“未组织”` repeats it, it is not a new option). */
function unique(options: readonly ScoringOption[]): ScoringOption[] {
  const seen = new Set<string>();
  return options.filter((o) => (seen.has(o.label) ? false : (seen.add(o.label), true)));
}
