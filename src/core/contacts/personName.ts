import { removeSpaces } from '../grid/cell-text';
import {
  COLLECTIVE_PREFIXES, NAME_LIST_SEPARATORS, ORG_PREFIXES, ORG_SUFFIXES_LONG, ORG_SUFFIXES_SHORT, PERSON_NAME, TITLE_WORDS,
} from './_lib/nameVocabulary';

/** What a piece of name text stands for. */
export type NameKind = 'person' | 'role' | 'collective' | 'org' | 'other';

/** One name-like text read from a cell. */
export interface NameReading {
  readonly kind: NameKind;
  /** Normalised: `郭琳` for `郭  琳`, `高书记` for `圪塔社区高书记`, `各社区书记` as written without spaces. */
  readonly name: string;
  /** As written, trimmed: `郭  琳`. */
  readonly shown: string;
  /** True when spaces inside a person's name were removed (`郭  琳`, `原 浩`). */
  readonly padded: boolean;
  /** The organisation a title belongs to (`圪塔社区`). */
  readonly org?: string;
  /** The title or honorific (`书记`, `主任`, `同志`). */
  readonly title?: string;
  /** A bracketed note after the name (`刘廷安（市政府副市长）` → `市政府副市长`). */
  readonly note?: string;
}

const SPACES = /[\s\u3000\u00a0]+/g;
const HAN = /^\p{Script=Han}+$/u;
const ONE_HAN = /^\p{Script=Han}$/u;

const BRACKET_AT_END_HINT = /[)）]$/;

/** A separator or a space: without one, a text is a single piece. */
const LIST_BREAK = new RegExp(`${NAME_LIST_SEPARATORS.source}|\\s`);

const compact = removeSpaces;

/** Last characters of the long organisation endings and of the titles, first characters of the collective words: most names match none. */
const ORG_SUFFIX_ENDS = new Set(ORG_SUFFIXES_LONG.map((suffix) => suffix.slice(-1)));
const TITLE_ENDS = new Set(TITLE_WORDS.map((word) => word.slice(-1)));
const COLLECTIVE_STARTS = new Set(COLLECTIVE_PREFIXES.map((prefix) => prefix[0]));

function isCompactOrganizationName(t: string): boolean {
  const last = t.slice(-1);
  if (last === '') return false;
  if (ORG_SUFFIX_ENDS.has(last) && ORG_SUFFIXES_LONG.some((suffix) => t.endsWith(suffix))) return true;
  return ORG_SUFFIXES_SHORT.includes(last) && (t.length >= 5 || ORG_PREFIXES.test(t));
}

function isCompactCollectiveWord(t: string): boolean {
  return COLLECTIVE_STARTS.has(t[0]) && COLLECTIVE_PREFIXES.some((prefix) => t.startsWith(prefix) && t.length > prefix.length);
}

/** True for organisation names: `圪塔社区`, `市救助站`, `基层政权建设与社区治理科`; not `郭秉会`. */
export function isOrganizationName(text: string): boolean {
  return isCompactOrganizationName(compact(text));
}

/** True for words that name a group, not a person: `各社区`, `各党支部负责人`, `全体成员`. */
export function isCollectiveWord(text: string): boolean {
  return isCompactCollectiveWord(compact(text));
}

/**
 * A reading, built field by field (V8 copies spread objects many times slower, and a sheet
 * reads a name per contact); optional fields are present only when they have a value.
 */
function reading(kind: NameKind, name: string, shown: string, padded: boolean, more: { org?: string; title?: string; note?: string } = {}): NameReading {
  const r: { -readonly [K in keyof NameReading]: NameReading[K] } = { kind, name, shown, padded };
  if (more.org !== undefined) r.org = more.org;
  if (more.title !== undefined) r.title = more.title;
  if (more.note !== undefined) r.note = more.note;
  return r;
}

/**
 * Removes the padding inside a 2–4 character name (`郭  琳` → `郭琳`); other
 * texts come back trimmed and unchanged.
 *
 * @example normalizePersonName('陶  宏') // → { name: '陶宏', shown: '陶  宏', padded: true }
 */
export function normalizePersonName(text: string): { name: string; shown: string; padded: boolean } {
  const shown = text.trim();
  const name = compact(shown);
  if (!PERSON_NAME.test(name)) return { name: shown, shown, padded: false };
  return { name, shown, padded: name !== shown };
}

function readTitled(t: string, shown: string, note: string | undefined): NameReading | undefined {
  if (!TITLE_ENDS.has(t.slice(-1))) return undefined;
  const title = TITLE_WORDS.find((word) => t.endsWith(word));
  if (title === undefined) return undefined;
  const before = t.slice(0, -title.length);
  if (before === '' || ONE_HAN.test(before)) return reading('role', t, shown, false, { title, note });
  if (isCompactOrganizationName(before)) return reading('role', t, shown, false, { org: before, title, note });
  const org = before.slice(0, -1);
  if (ONE_HAN.test(before.slice(-1)) && isOrganizationName(org)) return reading('role', before.slice(-1) + title, shown, false, { org, title, note });
  if (PERSON_NAME.test(before)) return reading('person', before, shown, t !== shown, { title, note });
  return undefined;
}

/**
 * Reads one name-like text: a person, a title standing for a person, a
 * collective word, an organisation, or something else.
 *
 * @example classifyNameText('郭  琳') // → person `郭琳`, padded
 * @example classifyNameText('圪塔社区高书记') // → role `高书记`, org `圪塔社区`, title `书记`
 * @example classifyNameText('各社区书记') // → collective
 * @example classifyNameText('刘廷安（市政府副市长）') // → person `刘廷安`, note `市政府副市长`
 */
export function classifyNameText(text: string): NameReading {
  let shown = text.trim();
  let note: string | undefined;
  const bracket = BRACKET_AT_END_HINT.test(shown) ? /^(.*?)\s*[(（]([^()（）]*)[)）]$/u.exec(shown) : null;
  if (bracket && bracket[1] !== '') {
    shown = bracket[1];
    note = bracket[2].trim();
  }
  const t = compact(shown);
  const more = { note };
  if (isCompactCollectiveWord(t)) return reading('collective', t, shown, false, more);
  if (isCompactOrganizationName(t)) return reading('org', t, shown, false, more);
  const titled = readTitled(t, shown, note);
  if (titled) return titled;
  if (PERSON_NAME.test(t)) return reading('person', t, shown, t !== shown, more);
  return reading('other', shown, shown, false, more);
}

/**
 * Splits a list cell into name pieces at `、`, `，`, `,`, `；`, `/` and line
 * breaks, and at spaces between full names; a padded name stays whole
 * (`郭  琳` is one name, `张三 李四` are two).
 *
 * @example splitNameList('孟艳蕊、各社区主任、书记') // → ['孟艳蕊', '各社区主任', '书记']
 */
export function splitNameList(text: string): string[] {
  // One piece without separators or inner spaces (`郭小倩 ` before a number): the piece, trimmed.
  const trimmed = text.trim();
  if (!LIST_BREAK.test(trimmed)) return trimmed === '' ? [] : [trimmed];
  const pieces: string[] = [];
  for (const raw of text.split(NAME_LIST_SEPARATORS)) {
    const piece = raw.trim().replace(/\s+(?=[(（])/gu, '');
    if (piece === '') continue;
    const parts = piece.split(SPACES).filter((p) => p !== '');
    const padded = parts.length > 1 && parts.every((p) => HAN.test(p)) && PERSON_NAME.test(parts.join('')) && parts.some((p) => p.length === 1);
    if (parts.length <= 1 || padded) pieces.push(piece);
    else pieces.push(...parts);
  }
  return pieces;
}

/**
 * True when two names of the same length (2–4 Han characters) differ in
 * exactly one position: `邓春仙`/`邓春先`, `娄明杰`/`姜明杰`. A padded name and its
 * unpadded form (`郭  琳`/`郭琳`) are the same name, never "similar".
 */
export function namesDifferByOneCharacter(a: string, b: string): boolean {
  const x = [...compact(a)];
  const y = [...compact(b)];
  if (x.length !== y.length || x.length < 2 || x.length > 4) return false;
  if (!x.every((c) => ONE_HAN.test(c)) || !y.every((c) => ONE_HAN.test(c))) return false;
  let differences = 0;
  for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) differences += 1;
  return differences === 1;
}
