import fc from 'fast-check';
import { cleanOddCharacters, describeOddCharacters, normalizeText } from './normalizeText';

describe('normalizeText', () => {
  it.each([
    ['郭小倩13939263117', '郭小倩13939263117', []],
    ['郭　琳１３５０３９２１００７', '郭 琳13503921007', ['fullwidth-digit', 'ideographic-space']],
    ['韩旭：15378673897；徐静', '韩旭:15378673897;徐静', []],
    ['陶\u00a0宏', '陶 宏', ['no-break-space']],
    ['廖鹏\u200b13982991270\ufeff', '廖鹏13982991270', ['invisible']],
    ['杨贵\u2060１３５', '杨贵135', ['fullwidth-digit', 'invisible']],
    ['ｈｅｂｉｗｍｂ＠１６３．ｃｏｍ', 'hebiwmb@163.com', ['fullwidth-digit', 'fullwidth-letter', 'fullwidth-symbol']],
    ['（0356）2221234', '(0356)2221234', []],
    ['0392－3311234', '0392-3311234', ['fullwidth-symbol']],
    ['景小莉\u200315234666038', '景小莉 15234666038', ['other-space']],
  ])('%j → %j', (input, text, kinds) => {
    const result = normalizeText(input);
    expect(result.text).toBe(text);
    expect(result.odd.map((o) => o.kind)).toEqual(kinds);
  });

  it('describes what it saw in Chinese, visible characters quoted and invisible ones by code point', () => {
    expect(describeOddCharacters(normalizeText('郭　琳１３５\u200b１').odd)).toMatchInlineSnapshot(`"全角数字“１３５”、全角空格（U+3000）、零宽字符（U+200B）"`);
  });

  it('is idempotent over arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      const once = normalizeText(s).text;
      expect(normalizeText(once).text).toBe(once);
      expect(normalizeText(once).odd).toEqual([]);
    }), { numRuns: 10000 });
  });

  it('is idempotent over contact-like text full of odd characters', () => {
    const unit = fc.constantFrom('郭', '琳', '１', '3', '\u3000', '\u00a0', '\u200b', '\ufeff', '：', '；', '（', '）', 'ａ', '＠', ' ', '\n', '-');
    fc.assert(fc.property(fc.string({ unit }), (s) => {
      const once = normalizeText(s).text;
      expect(normalizeText(once).text).toBe(once);
    }), { numRuns: 10000 });
  });
});

describe('cleanOddCharacters', () => {
  it.each([
    ['韩旭：１５３７８６７３８９７\u200b', '韩旭：15378673897'],
    ['廖鹏；杨贵（社区）', '廖鹏；杨贵（社区）'],
    ['郭\u3000琳', '郭 琳'],
  ])('%j → %j', (input, expected) => {
    expect(cleanOddCharacters(input)).toBe(expected);
  });

  it('is idempotent and leaves nothing odd behind', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      const once = cleanOddCharacters(s);
      expect(cleanOddCharacters(once)).toBe(once);
      expect(normalizeText(once).odd).toEqual([]);
    }), { numRuns: 10000 });
  });
});

describe('the plain-text fast path changes no result', () => {
  test('for 10,000 texts of ASCII, ideographs and line breaks, normalising equals the character-by-character rules', () => {
    const plain = fc.string({ unit: fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x4e00, max: 0x9fff }), fc.constant(0x0a)).map((c) => String.fromCodePoint(c)) });
    fc.assert(fc.property(plain, (text) => {
      // Appending one odd character forces the slow path; its result minus that character must agree.
      const slow = normalizeText(`${text}\u200b`);
      expect(normalizeText(text)).toEqual({ text: slow.text, odd: [] });
    }), { numRuns: 10000 });
  });
});
