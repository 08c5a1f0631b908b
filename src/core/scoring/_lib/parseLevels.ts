import { CHINESE_DIGITS, LEVEL_FAMILIES, LEVEL_VOCABULARY } from '../rubricVocabulary';

/** A level as written, before sorting: its name, lowest score, and rank within its scale when known. */
export interface WrittenLevel {
  readonly label: string;
  readonly min: number;
  /** Position in its scale (三星级 → 3, 良好 → 3 of 不合格…优秀); undefined for a name outside the vocabulary. */
  readonly rank?: number;
}

export interface WrittenLevels {
  readonly levels: readonly WrittenLevel[];
  /** The name the text gives to scores under every threshold (`60分以下为不合格`). */
  readonly below?: string;
}

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (words: readonly string[]) => words.map(escape).join('|');
const RANGE = new RegExp(String.raw`${NUMBER}\s*分?\s*(?:${anyOf(LEVEL_VOCABULARY.rangeSeparators)})\s*${NUMBER}\s*分`);
const AT_LEAST_AFTER = new RegExp(String.raw`${NUMBER}\s*分\s*(?:${anyOf(LEVEL_VOCABULARY.atLeastAfter)})`);
const AT_LEAST_BEFORE = new RegExp(String.raw`(?:${anyOf(LEVEL_VOCABULARY.atLeastBefore)})\s*${NUMBER}\s*分`);
const BELOW = new RegExp(String.raw`${NUMBER}\s*分\s*(?:${anyOf(LEVEL_VOCABULARY.belowAfter)})|(?:${anyOf(LEVEL_VOCABULARY.belowBefore)})\s*${NUMBER}\s*分`);
const WORDS = LEVEL_FAMILIES.flatMap((family) => family.map((word, rank) => ({ word, rank: rank + 1 }))).sort((a, b) => b.word.length - a.word.length);

/** The level name in a clause and its rank: a star count first, then the vocabulary, then the clause's own words. */
function levelName(clause: string, numberPhrase: string): { label: string; rank?: number } | undefined {
  const star = LEVEL_VOCABULARY.star.exec(clause);
  if (star) {
    const digits = star[1];
    const rank = /^\d+$/.test(digits) ? Number(digits) : digits.length === 1 ? CHINESE_DIGITS[digits] : undefined;
    return { label: star[0].replace(/\s+/g, ''), rank };
  }
  const word = WORDS.find((w) => clause.includes(w.word));
  if (word) return { label: word.word, rank: word.rank };
  let rest = clause.replace(numberPhrase, ' ');
  for (const connector of LEVEL_VOCABULARY.connectors) rest = rest.split(connector).join(' ');
  rest = rest.replace(/[:：\s]+/g, ' ').trim();
  return rest.length > 0 && rest.length <= 12 && !/\d/.test(rest) ? { label: rest.replace(/ /g, '') } : undefined;
}

/**
 * Level thresholds from a note or a title. `以上` includes the number
 * (民法典 第1259条), so `80分以上` is ≥ 80; a range `80-89分` starts at 80.
 *
 * @example levelsInText('注：三星级文明小区80分以上；四星级文明小区90分以上；五星级文明小区95分以上。')
 * // { levels: [{label:'三星级',min:80,rank:3},{label:'四星级',min:90,rank:4},{label:'五星级',min:95,rank:5}] }
 */
export function levelsInText(text: string): WrittenLevels {
  const levels: WrittenLevel[] = [];
  let below: string | undefined;
  for (const raw of text.split(/[；;，,。、\n]/)) {
    const clause = raw.replace(/^\s*注\s*[:：]\s*/, '').trim();
    if (clause === '' || clause.includes('满分')) continue;
    const low = BELOW.exec(clause);
    const range = RANGE.exec(clause);
    const atLeast = AT_LEAST_AFTER.exec(clause) ?? AT_LEAST_BEFORE.exec(clause);
    const found = range ?? atLeast;
    if (found) {
      const name = levelName(clause, found[0]);
      if (name && !levels.some((l) => l.label === name.label)) levels.push({ label: name.label, min: Number(found[1]), ...(name.rank === undefined ? {} : { rank: name.rank }) });
    } else if (low) {
      below ??= levelName(clause, low[0])?.label;
    }
  }
  return below === undefined ? { levels } : { levels, below };
}
