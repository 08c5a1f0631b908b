import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { cellAddress, columnIndex, columnLetter, parseCellAddress, parseRange, quoteSheetName, rangeAddress, sheetReference } from '../../src/core/grid/a1';
import { formulaSheetName } from '../../src/core/formula/references';

/** Excel's grid: 16,384 columns (XFD), 1,048,576 rows. */
const MAX_COL = 16_383;
const MAX_ROW = 1_048_575;

function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

/**
 * Sheet names Excel allows: 1–31 characters, none of `: \ / ? * [ ]`, no
 * apostrophe first or last, not `History`. Biased towards what needs quoting.
 */
const nameChar = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(' ', "'", '"', '!', '(', ')', '（', '）', '【', '】', '#', '&', '+', '-', '=', ',', '.', '_', '$', '%', '@', '~', '附', '件', '表', '1', '2', 'A', 'R', 'C', 'x', '👍', '𠀋') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
);
const sheetName = fc
  .array(nameChar, { minLength: 1, maxLength: 12 })
  .map((chars) => chars.join(''))
  .filter((name) => name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !/^'|'$/.test(name) && name.toLowerCase() !== 'history' && name.trim() !== '');

/**
 * The sheet part of an A1 reference as Excel reads it: `'O''Brien'` → `O'Brien`;
 * a bare name must look like an identifier and not like a cell (`A1`) or R1C1 reference.
 */
function readSheetPrefix(written: string): string | undefined {
  if (written.startsWith("'")) {
    if (!written.endsWith("'") || written.length < 3) return undefined;
    const inner = written.slice(1, -1);
    if (/(^|[^'])'([^']|$)/.test(inner.replace(/''/g, ''))) return undefined; // a lone quote inside
    return inner.replace(/''/g, "'");
  }
  const bare = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(written) && !/^[A-Za-z]{1,3}\d+$/.test(written) && !/^R\d*C\d*$/i.test(written);
  return bare ? written : undefined;
}

describe('A1 round trips (10,000 runs each)', () => {
  test('columnLetter and columnIndex invert each other over every column', () => {
    for (let col = 0; col <= MAX_COL; col++) check(columnIndex(columnLetter(col)) === col, `column ${col}`);
    expect(columnLetter(MAX_COL)).toBe('XFD');
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_COL }), fc.integer({ min: 0, max: MAX_COL }), (a, b) => {
      const [x, y] = [columnLetter(a), columnLetter(b)];
      // Letters sort like the columns: shorter first, then alphabetically.
      check(Math.sign(a - b) === Math.sign(x.length - y.length || (x < y ? -1 : x > y ? 1 : 0)), `${a} ${x} vs ${b} ${y}`);
      check(columnIndex(x.toLowerCase()) === a, 'lower case');
    }), { numRuns: 10_000 });
  });

  test('cellAddress and parseCellAddress invert each other, relative and absolute', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_ROW }), fc.integer({ min: 0, max: MAX_COL }), fc.boolean(), (row, col, absolute) => {
      const address = cellAddress(row, col, absolute);
      const parsed = parseCellAddress(address);
      check(parsed.row === row && parsed.col === col, `${row},${col} → ${address} → ${JSON.stringify(parsed)}`);
    }), { numRuns: 10_000 });
  });

  test('parseRange and rangeAddress invert each other, and parseRange normalises reversed corners', () => {
    const corner = fc.record({ row: fc.integer({ min: 0, max: MAX_ROW }), col: fc.integer({ min: 0, max: MAX_COL }) });
    fc.assert(fc.property(corner, corner, fc.boolean(), (a, b, absolute) => {
      const range = { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
      const written = rangeAddress(range, absolute);
      const back = parseRange(written);
      check(JSON.stringify(back) === JSON.stringify(range), `${JSON.stringify(range)} → ${written} → ${JSON.stringify(back)}`);
      const reversed = parseRange(`${cellAddress(b.row, b.col)}:${cellAddress(a.row, a.col)}`);
      check(JSON.stringify(reversed) === JSON.stringify(range), 'reversed corners');
      check(rangeAddress(parseRange(written)) === rangeAddress(range), 'canonical');
    }), { numRuns: 10_000 });
  });

  test('quoteSheetName round-trips through Excel\'s reading of a sheet prefix, for any name Excel allows', () => {
    fc.assert(fc.property(sheetName, (name) => {
      const written = quoteSheetName(name);
      check(readSheetPrefix(written) === name, `${JSON.stringify(name)} → ${written} → ${JSON.stringify(readSheetPrefix(written))}`);
      const reference = sheetReference(name, 'B3');
      check(reference === `${written}!B3`, reference);
    }), { numRuns: 10_000 });
  });

  test('formulaSheetName round-trips through HyperFormula: a formula reaches the named sheet, for any name Excel allows', () => {
    // HyperFormula's lexer reads no line terminator (U+000A, U+000D, U+2028, U+2029, U+0085) inside a
    // quoted sheet name; Excel's users cannot type one into a tab, and the parser round trip above covers them.
    const engine = HyperFormula.buildFromSheets({ 公式: [[null]] }, { licenseKey: 'gpl-v3' });
    const formulas = engine.getSheetId('公式')!;
    let checked = 0;
    fc.assert(fc.property(sheetName, fc.integer({ min: 1, max: 999 }), (name, value) => {
      if (name === '公式' || /[\n\r\u2028\u2029\u0085]/.test(name) || !engine.isItPossibleToAddSheet(name)) return;
      const id = engine.getSheetId(engine.addSheet(name))!;
      try {
        engine.setCellContents({ sheet: id, row: 2, col: 1 }, [[value]]);
        const result = engine.calculateFormula(`=${formulaSheetName(name)}!B3+0`, formulas);
        check(result === value, `${JSON.stringify(name)} [${[...name].map((c) => c.codePointAt(0)!.toString(16)).join(' ')}] written ${formulaSheetName(name)} gave ${JSON.stringify(result)} for ${value}`);
        checked += 1;
      } finally {
        engine.removeSheet(id);
      }
    }), { numRuns: 10_000 });
    engine.destroy();
    expect(checked).toBeGreaterThan(9_000);
  });
});
