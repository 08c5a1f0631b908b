import fc from 'fast-check';
import { normalizeHeader } from '../../src/core/recognize/_lib/normalize-header';

/** Header-like text: header words broken by every kind of space and line break, brackets of both widths, colons. */
const pieces = fc.constantFrom('测', '评', '项目', '联系人', '及', '电话', '（', '）', '(', ')', '【', '】', ':', '：', ' ', '  ', '\n', '\r\n', '\t', '\u3000', '\u00a0', '\u200b', '\ufeff', '市级', 'No.', 'a');
const headerText = fc.oneof(fc.array(pieces, { maxLength: 12 }).map((p) => p.join('')), fc.string({ maxLength: 16 }), fc.string({ unit: 'grapheme', maxLength: 8 }));

/** Plain checks inside the properties: jest's expect is too slow for 10,000 runs. */
function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

describe('normalizeHeader', () => {
  test('is idempotent, and leaves no space, ASCII bracket or trailing colon (10,000 runs)', () => {
    fc.assert(
      fc.property(headerText, (text) => {
        const once = normalizeHeader(text);
        check(normalizeHeader(once) === once, `not idempotent: ${JSON.stringify(text)} → ${JSON.stringify(once)} → ${JSON.stringify(normalizeHeader(once))}`);
        check(!/[\s\u3000\u00a0\u200b-\u200d\u2060\ufeff()]/.test(once), `left a space or ASCII bracket: ${JSON.stringify(once)}`);
        check(!/[:：]$/.test(once), `left a trailing colon: ${JSON.stringify(once)}`);
      }),
      { numRuns: 10_000 },
    );
  });

  test('spaces and line breaks never change the result (10,000 runs)', () => {
    const gap = fc.constantFrom(' ', '\n', '\u3000', '\u00a0', '\u200b', '  ');
    fc.assert(
      fc.property(fc.array(fc.constantFrom('测评', '项目', '联系人', '及', '电话', '计划开', '展时间'), { minLength: 1, maxLength: 5 }), fc.array(gap, { maxLength: 5 }), (words, gaps) => {
        const spaced = words.map((w, i) => w + (gaps[i] ?? '')).join('');
        check(normalizeHeader(spaced) === words.join(''), `${JSON.stringify(spaced)} → ${normalizeHeader(spaced)}`);
      }),
      { numRuns: 10_000 },
    );
  });
});
