import fc from 'fast-check';
import { cellText, isBlankValue, isPlainText, removeSpaces } from '../../src/core/grid/cell-text';
import type { CellValue } from '../../src/core/grid/grid';

/** Every value a host can hand the core, including the odd ones: NaN, ±Infinity, invalid dates, unknown error codes. */
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.double(),
  fc.integer({ min: -1e15, max: 1e15 }),
  fc.constantFrom(13939263117, 3923311234, 0.1 + 0.2, -0, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.string({ maxLength: 8 }).map((error) => ({ error })),
);

function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

describe('cellText', () => {
  test('never throws and always gives a string, over 10,000 values', () => {
    fc.assert(
      fc.property(cellValue, (value) => {
        const text = cellText(value);
        check(typeof text === 'string', `not a string for ${String(value)}`);
        // Integers print in full (a phone stored as a number must not become 1.39e10).
        if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < 1e21) check(!/e/i.test(text), `exponent in ${text}`);
        if (typeof value === 'string') check(text === value, 'text changed');
      }),
      { numRuns: 10_000 },
    );
  });

  test('isBlankValue agrees with cellText: blank cells show nothing but spaces (10,000 runs)', () => {
    fc.assert(
      fc.property(cellValue, (value) => {
        if (!isBlankValue(value)) return;
        check(/^[\s\u3000\u00a0\u200b-\u200d\u2060\ufeff]*$/.test(cellText(value)), `blank value shows ${JSON.stringify(cellText(value))}`);
      }),
      { numRuns: 10_000 },
    );
  });
});

test('removeSpaces removes every space of any width and nothing else; isPlainText accepts only ASCII, ideographs and line breaks (10,000 runs)', () => {
  const unit = fc.constantFrom('郭', '琳', 'a', '1', ' ', '\u3000', '\u00a0', '\t', '\n', '\r', '：', '１', '\u200b', '𠀋');
  fc.assert(fc.property(fc.string({ unit, maxLength: 12 }), (text) => {
    check(removeSpaces(text) === [...text].filter((ch) => !/\s/.test(ch)).join(''), `removeSpaces ${JSON.stringify(text)}`);
    check(isPlainText(text) === [...text].every((ch) => /^[\x20-\x7e\n\r]$/.test(ch) || (ch >= '\u4e00' && ch <= '\u9fff')), `isPlainText ${JSON.stringify(text)}`);
  }), { numRuns: 10_000 });
});
