import { classifyPhone, type ClassifyPhoneOptions, type PhoneClassification } from './classifyPhone';
import { normalizeText } from './normalizeText';
import { classifyNameText, splitNameList, type NameKind, type NameReading } from './personName';
import { contactTokens } from './_lib/contactTokens';
import { isValidEmail } from './_lib/emailAddress';
import { CONTACT_LABELS } from './_lib/nameVocabulary';

/** A phone as written in the cell, with what it is. */
export interface ParsedPhone {
  /** As written after normalisation: `0392-3311234`, `139 3926 3117`. */
  readonly text: string;
  readonly classification: PhoneClassification;
}

export interface ParsedEmail {
  readonly text: string;
  readonly valid: boolean;
}

/**
 * One contact read from a cell: who (a person, a title such as `高书记`, a
 * collective word, an organisation, or `none` when only a number is there)
 * and their phones and e-mail addresses.
 */
export interface ContactEntry extends Partial<Omit<NameReading, 'kind' | 'padded'>> {
  readonly kind: NameKind | 'none';
  readonly padded: boolean;
  readonly phones: readonly ParsedPhone[];
  readonly emails: readonly ParsedEmail[];
}

interface Draft { reading?: NameReading; phones: ParsedPhone[]; emails: readonly ParsedEmail[] }

/** Most contacts have no e-mail address: they share one empty list (entries are never mutated). */
const NO_EMAILS: readonly ParsedEmail[] = Object.freeze([]);

const EDGE_PUNCTUATION = /^[\s:：,，.。\-–—]+|[\s:：,，.。\-–—]+$/gu;
const LABEL_AT_START = new RegExp(`^(?:${CONTACT_LABELS.join('|')})(?:及)?`, 'iu');
const LABEL_AT_END = new RegExp(`(?:${CONTACT_LABELS.join('|')})$`, 'iu');

/** Whether `stripLabels` has anything to remove: most pieces are a bare name. */
const HAS_LABEL_OR_EDGE = new RegExp(`^[\\s:：,，.。\\-–—]|[\\s:：,，.。\\-–—]$|${LABEL_AT_START.source}|${LABEL_AT_END.source}`, 'iu');
/** First and last characters that a label or edge punctuation can have (ASCII labels in both cases). */
const LABEL_EDGE_FIRSTS = new Set([...CONTACT_LABELS.flatMap((label) => [label[0], label[0].toUpperCase()])]);
const LABEL_EDGE_LASTS = new Set([...CONTACT_LABELS.flatMap((label) => [label.slice(-1), label.slice(-1).toUpperCase()])]);
const EDGE_CHARACTER = /[\s:：,，.。\-–—]/;

/** Most pieces are a bare name: their first and last characters start and end no label and are no punctuation. */
function mayHaveLabelOrEdge(piece: string): boolean {
  const first = piece[0] ?? '';
  const last = piece[piece.length - 1] ?? '';
  if (!LABEL_EDGE_FIRSTS.has(first) && !LABEL_EDGE_LASTS.has(last) && !EDGE_CHARACTER.test(first) && !EDGE_CHARACTER.test(last)) return false;
  return HAS_LABEL_OR_EDGE.test(piece);
}

/** Removes labels (`联系人：`, `电话`) and edge punctuation from a name piece. */
function stripLabels(piece: string): string {
  if (!mayHaveLabelOrEdge(piece)) return piece;
  let text = piece;
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(EDGE_PUNCTUATION, '').replace(LABEL_AT_START, '').replace(LABEL_AT_END, '');
  }
  return text;
}

function namesIn(text: string): NameReading[] {
  const readings: NameReading[] = [];
  for (const piece of splitNameList(text)) {
    const cleaned = stripLabels(piece);
    // A letter of any script; most names start with an ideograph, which settles it.
    const code = cleaned.charCodeAt(0);
    if (!(code >= 0x4e00 && code <= 0x9fff) && !/\p{L}/u.test(cleaned)) continue;
    const reading = classifyNameText(cleaned);
    const previous = readings[readings.length - 1];
    // `圪塔社区 高书记`: an organisation written just before a title belongs to it.
    if (previous?.kind === 'org' && reading.kind === 'role' && reading.org === undefined) {
      readings[readings.length - 1] = { ...reading, org: previous.name, shown: `${previous.shown} ${reading.shown}` };
    } else {
      readings.push(reading);
    }
  }
  return readings;
}

function toEntry(draft: Draft): ContactEntry {
  const { reading, phones, emails } = draft;
  if (!reading) return { kind: 'none', padded: false, phones, emails };
  // Built field by field: V8 copies `{ ...reading, phones, emails }` some twenty times slower, once per contact.
  const entry: { -readonly [K in keyof ContactEntry]: ContactEntry[K] } = { kind: reading.kind, name: reading.name, shown: reading.shown, padded: reading.padded, phones, emails };
  if (reading.org !== undefined) entry.org = reading.org;
  if (reading.title !== undefined) entry.title = reading.title;
  if (reading.note !== undefined) entry.note = reading.note;
  return entry;
}

/**
 * Reads one contact cell into entries, for every form of DOMAIN §2:
 * `郭小倩13939263117`, `郭  琳13503921007`, `韩旭：15378673897\n徐静：13551701935`,
 * `廖鹏\n\n13982991270；杨贵\n\n13568539001`, `圪塔社区高书记 13593341626`,
 * landlines (`(0356)2221234`), e-mail in running text, and name lists
 * (`孟艳蕊、各社区主任、书记`). Phones attach to the name written before them;
 * a phone with no name before it makes an entry of kind `none`. Never throws.
 *
 * @example parseContactCell('郭  琳13503921007')
 * // → [{ kind: 'person', name: '郭琳', shown: '郭  琳', padded: true, phones: [13503921007 (mobile)], emails: [] }]
 */
export function parseContactCell(text: string, options: ClassifyPhoneOptions = {}): ContactEntry[] {
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  for (const token of contactTokens(normalizeText(text).text)) {
    if (token.type === 'text') {
      for (const reading of namesIn(token.text)) {
        current = { reading, phones: [], emails: NO_EMAILS };
        drafts.push(current);
      }
      continue;
    }
    // A phone or an address with no name before it starts an entry of its own.
    if (current === undefined) {
      current = { phones: [], emails: NO_EMAILS };
      drafts.push(current);
    }
    if (token.type === 'phone') current.phones.push({ text: token.text, classification: classifyPhone(token.text, options) });
    else current.emails = [...current.emails, { text: token.text, valid: isValidEmail(token.text) }];
  }
  // `13939263117 郭小倩`: one number, then one name, and nothing else.
  if (drafts.length === 2 && !drafts[0].reading && drafts[1].reading && drafts[1].phones.length === 0 && drafts[1].emails.length === 0) {
    return [toEntry({ ...drafts[0], reading: drafts[1].reading })];
  }
  return drafts.map(toEntry);
}
