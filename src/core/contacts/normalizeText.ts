/**
 * Odd characters in hand-typed contact cells (DOMAIN §2): full-width digits
 * `１３９…`, the full-width space U+3000, the non-breaking space U+00A0 and
 * zero-width characters. Excel's TRIM removes none of them, and they defeat
 * look-ups and duplicate checks, so the checker reports them and the fix
 * replaces them.
 */

import { isPlainText } from '../grid/cell-text';

/** The groups of odd characters, as reported in TEXT_ODD_CHARACTERS. */
export type OddCharacterKind =
  | 'fullwidth-digit'
  | 'fullwidth-letter'
  | 'fullwidth-symbol'
  | 'ideographic-space'
  | 'no-break-space'
  | 'other-space'
  | 'invisible';

/** One group of odd characters seen in a text, with the characters as they occurred. */
export interface OddCharacter {
  readonly kind: OddCharacterKind;
  /** The distinct characters of this group, in order of first occurrence. */
  readonly chars: string;
  /** Chinese description for the finding: `全角数字“１３９”`, `全角空格（U+3000）`. */
  readonly label: string;
}

/** A normalised text and the odd characters that were replaced in it. */
export interface NormalizedText {
  readonly text: string;
  readonly odd: readonly OddCharacter[];
}

interface OddCharacterRule {
  readonly kind: OddCharacterKind;
  readonly name: string;
  /** Visible characters are quoted in the label; invisible ones are named by code point. */
  readonly visible: boolean;
  readonly matches: (code: number) => boolean;
  readonly replacement: (ch: string) => string;
}

const fromFullWidth = (ch: string): string => String.fromCharCode(ch.charCodeAt(0) - 0xfee0);

/**
 * Full-width punctuation that is ordinary in Chinese text (`韩旭：15378673897`,
 * `廖鹏…；杨贵…`). The parser reads it as ASCII, but it is not reported and the
 * fix keeps it: changing a user's Chinese punctuation is not a safe fix.
 */
const CHINESE_PUNCTUATION = new Set(['！', '（', '）', '，', '：', '；', '？']);

/** The rules, in the order their groups are reported. */
const ODD_CHARACTER_RULES: readonly OddCharacterRule[] = [
  { kind: 'fullwidth-digit', name: '全角数字', visible: true, matches: (c) => c >= 0xff10 && c <= 0xff19, replacement: fromFullWidth },
  { kind: 'fullwidth-letter', name: '全角字母', visible: true, matches: (c) => (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a), replacement: fromFullWidth },
  {
    kind: 'fullwidth-symbol', name: '全角符号', visible: true,
    matches: (c) => c >= 0xff01 && c <= 0xff5e && !(c >= 0xff10 && c <= 0xff19) && !(c >= 0xff21 && c <= 0xff3a) && !(c >= 0xff41 && c <= 0xff5a) && !CHINESE_PUNCTUATION.has(String.fromCharCode(c)),
    replacement: fromFullWidth,
  },
  { kind: 'ideographic-space', name: '全角空格', visible: false, matches: (c) => c === 0x3000, replacement: () => ' ' },
  { kind: 'no-break-space', name: '不换行空格', visible: false, matches: (c) => c === 0x00a0, replacement: () => ' ' },
  { kind: 'other-space', name: '特殊空格', visible: false, matches: (c) => (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f, replacement: () => ' ' },
  {
    kind: 'invisible', name: '零宽字符', visible: false,
    matches: (c) => (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff || c === 0x00ad,
    replacement: () => '',
  },
];

function codePointLabel(ch: string): string {
  return `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function labelOf(rule: OddCharacterRule, chars: string): string {
  return rule.visible ? `${rule.name}“${chars}”` : `${rule.name}（${[...chars].map(codePointLabel).join('、')}）`;
}

/** Shared by every plain text's result (never mutated: `odd` is readonly). */
const NO_ODD_CHARACTERS: readonly OddCharacter[] = Object.freeze([]);

/** Plain text with ordinary Chinese punctuation (`韩旭：15378673897；徐静…`): nothing odd, only the punctuation to convert. */
const PLAIN_WITH_CHINESE_PUNCTUATION = /^[\x20-\x7e\u4e00-\u9fff\n\r！（），：；？]*$/;
const CHINESE_PUNCTUATION_CHARACTER = /[！（），：；？]/g;

function replaceOdd(text: string, keepChinesePunctuation: boolean): NormalizedText {
  // Plain text holds nothing the rules above match: most contact cells (`郭小倩13939263117`) go back as they are.
  if (isPlainText(text)) return { text, odd: NO_ODD_CHARACTERS };
  if (PLAIN_WITH_CHINESE_PUNCTUATION.test(text)) {
    return { text: keepChinesePunctuation ? text : text.replace(CHINESE_PUNCTUATION_CHARACTER, fromFullWidth), odd: NO_ODD_CHARACTERS };
  }
  return scanOddCharacters(text, keepChinesePunctuation);
}

/** `normalizeText` and `cleanOddCharacters` without their shortcuts: every character through the rules (exported for the property test that holds them equal). */
export function scanOddCharacters(text: string, keepChinesePunctuation: boolean): NormalizedText {
  const seen = new Map<OddCharacterRule, string>();
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const rule = ODD_CHARACTER_RULES.find((r) => r.matches(code));
    if (rule) {
      const chars = seen.get(rule) ?? '';
      if (!chars.includes(ch)) seen.set(rule, chars + ch);
      out += rule.replacement(ch);
    } else if (!keepChinesePunctuation && CHINESE_PUNCTUATION.has(ch)) {
      out += fromFullWidth(ch);
    } else {
      out += ch;
    }
  }
  const odd = ODD_CHARACTER_RULES.filter((r) => seen.has(r)).map((r) => {
    const chars = seen.get(r) ?? '';
    return { kind: r.kind, chars, label: labelOf(r, chars) };
  });
  return { text: out, odd };
}

/**
 * Normalises a text for parsing: full-width digits, letters and symbols
 * (including `：` and `；`) become ASCII, U+3000 and U+00A0 become a space,
 * zero-width characters go. Reports the odd characters it replaced; ordinary
 * Chinese punctuation is converted but not reported. Idempotent.
 *
 * @example normalizeText('郭　琳１３５０３９２１００７').text // → '郭 琳13503921007'
 */
export function normalizeText(text: string): NormalizedText {
  return replaceOdd(text, false);
}

/**
 * The safe fix: replaces only the reported odd characters and keeps the
 * user's Chinese punctuation (`韩旭：15378673897` stays as written). Idempotent.
 *
 * @example cleanOddCharacters('韩旭：１５３７８６７３８９７\u200b') // → '韩旭：15378673897'
 */
export function cleanOddCharacters(text: string): string {
  return replaceOdd(text, true).text;
}

/** The labels of the odd characters, joined for TEXT_ODD_CHARACTERS: `全角数字“１３”、全角空格（U+3000）`. */
export function describeOddCharacters(odd: readonly OddCharacter[]): string {
  return odd.map((o) => o.label).join('、');
}
