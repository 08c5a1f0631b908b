import fc from 'fast-check';
import { parseRange } from '../grid/a1';
import { cellRef, columnRange, formulaSheetName, rangeRef, rowRange } from './references';

describe('cellRef', () => {
  it.each([
    [4, 1, {}, 'B5'],
    [4, 1, { anchor: 'absolute' as const }, '$B$5'],
    [4, 1, { anchor: 'row' as const }, 'B$5'],
    [4, 1, { anchor: 'column' as const }, '$B5'],
    [0, 26, {}, 'AA1'],
    [4, 1, { sheet: '附件1' }, "'附件1'!B5"],
    [4, 1, { sheet: 'Sheet1' }, 'Sheet1!B5'],
    [4, 1, { sheet: 'A1' }, "'A1'!B5"],
    [4, 1, { sheet: '附件1 (2)', anchor: 'absolute' as const }, "'附件1 (2)'!$B$5"],
    [0, 0, { sheet: "O'Brien" }, "'O''Brien'!A1"],
  ])('(%i, %i, %j) → %s', (row, col, options, expected) => {
    expect(cellRef(row, col, options)).toBe(expected);
  });

  it('refuses negative indices (a caller bug)', () => {
    expect(() => cellRef(-1, 0)).toThrow('row index must be a non-negative integer, got -1');
  });
});

describe('rangeRef', () => {
  it.each([
    [{ top: 4, left: 19, bottom: 49, right: 19 }, {}, 'T5:T50'],
    [{ top: 4, left: 24, bottom: 6, right: 24 }, { anchor: 'absolute' as const }, '$Y$5:$Y$7'],
    [{ top: 0, left: 0, bottom: 0, right: 0 }, {}, 'A1'],
    [{ top: 0, left: 0, bottom: 2, right: 2 }, { sheet: "O'Brien" }, "'O''Brien'!A1:C3"],
  ])('%j %j → %s', (range, options, expected) => {
    expect(rangeRef(range, options)).toBe(expected);
  });

  it('builds column and row runs', () => {
    expect(columnRange(2, 3, 9, { anchor: 'absolute' })).toBe('$C$4:$C$10');
    expect(rowRange(3, 2, 17)).toBe('C4:R4');
  });

  const range = fc
    .record({ top: fc.nat(5000), left: fc.nat(700), height: fc.nat(300), width: fc.nat(40) })
    .map(({ top, left, height, width }) => ({ top, left, bottom: top + height, right: left + width }));

  it('round-trips through parseRange for every anchor (property)', () => {
    fc.assert(
      fc.property(range, fc.constantFrom('relative', 'absolute', 'row', 'column'), (r, anchor) => {
        expect(parseRange(rangeRef(r, { anchor }))).toEqual(r);
      }),
      { numRuns: 10000 },
    );
  });

  it('prefixes the quoted sheet name (property)', () => {
    fc.assert(
      fc.property(range, fc.string({ minLength: 1, maxLength: 31 }), (r, sheet) => {
        const ref = rangeRef(r, { sheet });
        expect(ref.startsWith(`${formulaSheetName(sheet)}!`)).toBe(true);
        expect(parseRange(ref.slice(formulaSheetName(sheet).length + 1))).toEqual(r);
      }),
      { numRuns: 10000 },
    );
  });
});

describe('formulaSheetName', () => {
  it.each([
    ['Sheet1', 'Sheet1'],
    ['附件1', "'附件1'"],
    ['附件1 (2)', "'附件1 (2)'"],
    ["O'Brien", "'O''Brien'"],
    ['R1C1', "'R1C1'"],
    ['a.b', "'a.b'"],
  ])('%s → %s', (name, written) => {
    expect(formulaSheetName(name)).toBe(written);
  });
});
