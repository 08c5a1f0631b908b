import fc from 'fast-check';
import { classifyPhone } from '../../src/core/contacts/classifyPhone';
import { contactTokens, scanContactTokens } from '../../src/core/contacts/_lib/contactTokens';
import { cleanOddCharacters, normalizeText, scanOddCharacters } from '../../src/core/contacts/normalizeText';
import { splitNameList } from '../../src/core/contacts/personName';

/**
 * The contacts rule takes shortcuts for the common forms (`郭小倩13939263117`, eleven bare
 * digits). Each shortcut must give exactly what the general code gives, on any text.
 */
const RUNS = 10_000;

function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

const piece = fc.constantFrom('郭', '小倩', '韩旭', '微信', 'QQ', '第', '：', ':', ' ', '\n', '；', '、', '(', '（', '+', '+86', '86', '0', '1', '13939263117',
  '1393926311', '139392631170', '0392-', '@', 'a@b.cn', '-', '号', '室', '年', '电话', 'tel');
const text = fc.oneof(fc.string({ maxLength: 24 }), fc.array(piece, { maxLength: 8 }).map((p) => p.join('')),
  fc.tuple(fc.array(piece, { maxLength: 4 }), fc.stringMatching(/^1[0-9]{10}$/)).map(([p, phone]) => p.join('') + phone));

test('contactTokens equals the general scan on every text (10,000 runs)', () => {
  fc.assert(fc.property(text, (t) => {
    const fast = JSON.stringify(contactTokens(t));
    const scanned = JSON.stringify(scanContactTokens(t));
    check(fast === scanned, `${JSON.stringify(t)}: ${fast} ≠ ${scanned}`);
  }), { numRuns: RUNS });
});

test('classifyPhone of eleven digits from 1 equals the general path (10,000 runs)', () => {
  // A trailing space keeps the same digits but takes the general path (separators stripped).
  fc.assert(fc.property(fc.stringMatching(/^1[0-9]{10}$/), fc.constantFrom(undefined, '0392', '010'), (digits, areaCode) => {
    const fast = JSON.stringify(classifyPhone(digits, { areaCode }));
    const general = JSON.stringify(classifyPhone(`${digits} `, { areaCode }));
    check(fast === general, `${digits}: ${fast} ≠ ${general}`);
  }), { numRuns: RUNS });
});

test('normalizeText and cleanOddCharacters equal the character-by-character scan on every text (10,000 runs each)', () => {
  const unit = fc.constantFrom('郭', '琳', 'a', '1', ' ', '\n', '：', '；', '，', '（', '）', '！', '？', '１', 'Ａ', '＃', '\u3000', '\u00a0', '\u200b', '\u2002', '𠀋', '、', '。');
  const sample = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit, maxLength: 20 }));
  fc.assert(fc.property(sample, (t) => {
    check(JSON.stringify(normalizeText(t)) === JSON.stringify(scanOddCharacters(t, false)), `normalizeText ${JSON.stringify(t)}`);
    check(cleanOddCharacters(t) === scanOddCharacters(t, true).text, `cleanOddCharacters ${JSON.stringify(t)}`);
  }), { numRuns: RUNS });
});

test('splitNameList of a text without separators or inner spaces equals the general split (10,000 runs)', () => {
  const unit = fc.constantFrom('郭', '小', '倩', ' ', '\u3000', '(', '（', '）', ':', '、', '\n');
  fc.assert(fc.property(fc.string({ unit, maxLength: 12 }), (t) => {
    // The general split, written out: separators, then inner spaces between full names.
    const general = splitNameList(`${t}、`);
    check(JSON.stringify(splitNameList(t)) === JSON.stringify(general), `${JSON.stringify(t)}`);
  }), { numRuns: RUNS });
});
