import { COLUMN_SYNONYMS } from '../column-synonyms';
import { HEADER_HEADS, HEADER_PREFIXES } from '../header-grammar';
import { KIND_SIGNATURES, type KindSignature } from '../kind-signatures';
import type { ColumnRole, TableKind } from '../table-kind';
import { withinOneEdit } from './within-one-edit';
import { normalizeHeader, stripQualifiers } from './normalize-header';

/** Longest header text worth comparing; data cells are usually longer. */
export const MAX_HEADER_LENGTH = 24;

/**
 * How a header word was matched, from surest to least sure:
 * - `exact`: a listed word (`测评标准`);
 * - `qualified`: a listed word once brackets are stripped (`考评指标（7项）`);
 * - `compound`: prefix + head of the header grammar (`考评办法`, `检查方式`);
 * - `suffix`: a known word after a short qualifier (`包联部门联系人`);
 * - `contained`: a known word inside a longer header (`具体工作任务和要求`);
 * - `typo`: one character off a known word (`测评容`).
 * The last two are guesses: the recogniser reports them.
 */
export type HeaderMatchHow = 'exact' | 'qualified' | 'compound' | 'suffix' | 'contained' | 'typo';

export interface HeaderMatch {
  readonly role: ColumnRole;
  readonly how: HeaderMatchHow;
}

export const GUESSED_MATCHES: ReadonlySet<HeaderMatchHow> = new Set(['contained', 'typo']);

interface KindWords {
  /** Listed words → role (first role of the kind that claims a word wins). */
  readonly exact: ReadonlyMap<string, ColumnRole>;
  /** Grammar heads → role, longest first. */
  readonly heads: readonly (readonly [string, ColumnRole])[];
  /** Every word of the kind, listed or grammatical, longest first: for containment and typos. */
  readonly all: readonly (readonly [string, ColumnRole])[];
}

const PREFIXES = [...HEADER_PREFIXES].sort((a, b) => b.length - a.length);
const WORDS_BY_KIND: ReadonlyMap<TableKind, KindWords> = new Map(KIND_SIGNATURES.map((s) => [s.kind, kindWords(s)]));
const PATTERNS_BY_KIND: ReadonlyMap<TableKind, KindSignature['patternRoles']> = new Map(
  KIND_SIGNATURES.map((signature) => [signature.kind, signature.patternRoles]),
);

function kindWords(signature: KindSignature): KindWords {
  const exact = new Map<string, ColumnRole>();
  for (const role of signature.roles) {
    for (const word of COLUMN_SYNONYMS[role]) {
      const normalized = normalizeHeader(word);
      if (!exact.has(normalized)) exact.set(normalized, role);
    }
  }
  const heads: [string, ColumnRole][] = [];
  for (const role of signature.roles) for (const head of HEADER_HEADS[role] ?? []) if (!heads.some(([h]) => h === head)) heads.push([head, role]);
  heads.sort((a, b) => b[0].length - a[0].length);
  const all = [...exact.entries(), ...heads.filter(([h]) => !exact.has(h))].filter(([w]) => w.length >= 2);
  all.sort((a, b) => b[0].length - a[0].length);
  return { exact, heads, all };
}

/** `考评` + `考核` + … stripped from the front; undefined when something else is left before the head. */
function stripPrefixes(text: string): string {
  let rest = text;
  for (let guard = 0; guard < 4; guard++) {
    const prefix = PREFIXES.find((p) => rest.startsWith(p) && rest.length > p.length);
    if (!prefix) break;
    rest = rest.slice(prefix.length).replace(/^[及和与、]/, '');
  }
  return rest;
}

/**
 * The role a header cell plays in a table of the given kind, and how sure the
 * match is; undefined when nothing fits. `normalized` comes from `normalizeHeader`.
 *
 * @example matchHeaderHow('rubric', '考评办法')          // { role: 'method', how: 'compound' }
 * @example matchHeaderHow('rubric', '考评指标（7项）')   // { role: 'category', how: 'compound' }
 * @example matchHeaderHow('rubric', '测评容')           // { role: 'criterion', how: 'typo' }
 */
export function matchHeaderHow(kind: TableKind, normalized: string): HeaderMatch | undefined {
  if (normalized.length === 0) return undefined;
  const byPattern = PATTERNS_BY_KIND.get(kind)?.find(({ pattern }) => pattern.test(normalized));
  if (byPattern && normalized.length <= 60) return { role: byPattern.role, how: 'exact' };
  if (normalized.length > MAX_HEADER_LENGTH) return undefined;
  const words = WORDS_BY_KIND.get(kind)!;
  const exact = words.exact.get(normalized);
  if (exact) return { role: exact, how: 'exact' };
  const stripped = stripQualifiers(normalized).replace(/^[、.．]+|[、.．]+$/g, '');
  if (stripped.length === 0) return undefined;
  const bare = words.exact.get(stripped);
  if (bare) return { role: bare, how: 'qualified' };
  // Header cells carry no digits; data cells often do (`2栋`, `13982…`).
  if (/\d/.test(stripped) || stripped.length > 12) return undefined;
  const afterPrefixes = stripPrefixes(stripped);
  const compound = words.exact.get(afterPrefixes) ?? words.heads.find(([head]) => head === afterPrefixes)?.[1];
  if (compound) return { role: compound, how: 'compound' };
  // `测评标准及方法`: in a joined compound the last word is the head.
  const joined = /^(.+)[及和与、](.+)$/.exec(stripped);
  if (joined) {
    const last = stripPrefixes(joined[2]);
    const head = words.exact.get(last) ?? words.heads.find(([h]) => h === last)?.[1];
    if (head) return { role: head, how: 'compound' };
  }
  for (let start = 1; start <= Math.min(4, stripped.length - 2); start++) {
    const suffix = words.exact.get(stripped.slice(start));
    if (suffix) return { role: suffix, how: 'suffix' };
  }
  // A long header with extra words: the longest known word inside it, when it covers a good part.
  const inside = words.all.find(([word]) => stripped.includes(word));
  if (inside && inside[0].length >= 2 && inside[0].length / stripped.length >= 0.4) return { role: inside[1], how: 'contained' };
  // A slip of one character, when exactly one role is that close.
  if (stripped.length >= 3) {
    const near = new Set(words.all.filter(([word]) => word.length >= 3 && withinOneEdit(stripped, word)).map(([, role]) => role));
    if (near.size === 1) return { role: [...near][0], how: 'typo' };
  }
  return undefined;
}

/** The role alone (see `matchHeaderHow`). */
export function matchHeader(kind: TableKind, normalized: string): ColumnRole | undefined {
  return matchHeaderHow(kind, normalized)?.role;
}

export { normalizeHeader };
