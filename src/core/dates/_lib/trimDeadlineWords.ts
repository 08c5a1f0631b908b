import { ACTION_WORDS, BY_SUFFIXES, LABEL_ENDINGS, LEADING_WORDS } from '../deadlineVocabulary';
import type { DueWord } from './resolveSpan';

/** A normalised phrase with the words around its dates taken off, and what they said. */
export interface TrimmedPhrase {
  readonly core: string;
  /** The phrase without its label, brackets and action verbs (`每月5日前`), for the vocabulary kinds. */
  readonly phrase: string;
  readonly due: DueWord;
}

const LABEL_RE = new RegExp(`^[^:]{0,12}?(?:${LABEL_ENDINGS.join('|')}):`);
const longestFirst = <T extends { readonly word: string }>(words: readonly T[]): T[] => [...words].sort((a, b) => b.word.length - a.word.length);
const SUFFIXES = longestFirst(BY_SUFFIXES);
const LEADS = longestFirst(LEADING_WORDS);

function stripActions(text: string): { text: string; impliesBy: boolean } {
  let rest = text;
  let impliesBy = false;
  for (let changed = true; changed;) {
    changed = false;
    for (const a of ACTION_WORDS) {
      if (rest.length > a.word.length && rest.endsWith(a.word)) {
        rest = rest.slice(0, -a.word.length);
        impliesBy ||= a.impliesBy;
        changed = true;
      }
    }
  }
  return { text: rest, impliesBy };
}

/**
 * Peels a normalised phrase: `完成时限:` labels, wrapping brackets, end
 * punctuation, action verbs (`完成`, `报送`), then one due word (`前`, `以内`, `止`)
 * and a leading `截至` / `到` / `于` / `从` / `即日起至`. `12月底前完成` → core `12月底`, due `before`.
 */
export function trimDeadlineWords(normalized: string): TrimmedPhrase {
  let text = normalized.replace(LABEL_RE, '').replace(/[。.;,!]+$/, '');
  const bracket = /^\((.+)\)$/.exec(text);
  if (bracket) text = bracket[1];
  const actions = stripActions(text);
  const phrase = actions.text;
  let core = phrase;
  let due: DueWord = 'none';
  const suffix = SUFFIXES.find((s) => core.length > s.word.length && core.endsWith(s.word));
  if (suffix) {
    core = core.slice(0, -suffix.word.length);
    due = suffix.meaning;
  }
  const lead = LEADS.find((l) => core.length > l.word.length && core.startsWith(l.word));
  if (lead) core = core.slice(lead.word.length);
  if (due === 'none' && (actions.impliesBy || lead?.impliesBy)) due = 'within';
  return { core, phrase, due };
}
