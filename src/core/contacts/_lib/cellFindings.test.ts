import fc from 'fast-check';
import type { CellValue } from '../../grid/grid';
import { cellFindings } from './cellFindings';
import { contactText, type ContactCell } from './contactUnits';

const cellOf = (value: CellValue, format?: string): ContactCell => ({ sheet: '附件1', sheetIndex: 0, row: 3, col: 4, address: 'E4', value, ...(format === undefined ? {} : { format }) });

describe('cellFindings', () => {
  it.each<[CellValue, string | undefined, string[]]>([
    ['郭小倩13939263117', undefined, []],
    ['郭　琳１３５０３９２１００７', undefined, ['TEXT_ODD_CHARACTERS', 'NAME_SPACING']],
    [13939263117, 'General', ['PHONE_STORED_AS_NUMBER']],
    [17412345678, 'General', ['PHONE_STORED_AS_NUMBER', 'PHONE_UNALLOCATED']],
    [3923311234, 'General', ['PHONE_LEADING_ZERO_LOST']],
    [3311234, 'General', ['PHONE_NO_AREA_CODE']],
    [new Date(2020, 5, 30), 'yyyy-mm-dd', []],
    [{ error: '#VALUE!' }, undefined, []],
    [false, undefined, []],
  ])('%j (%s) → %j', (value, format, codes) => {
    expect(cellFindings(cellOf(value, format), {}).map((f) => f.code)).toEqual(codes);
  });

  const anyValue: fc.Arbitrary<CellValue> = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.double(), fc.integer(), fc.integer({ min: 0, max: 999999999999 }), fc.boolean(),
    fc.date({ noInvalidDate: false }), fc.constant(null), fc.record({ error: fc.string() }),
  );
  const anyFormat = fc.oneof(fc.constant(undefined), fc.constantFrom('General', '@', '0', '0.00E+00', '00000000000', '0000-0000000'), fc.string());

  it('never throws over arbitrary cell values and formats', () => {
    fc.assert(fc.property(anyValue, anyFormat, (value, format) => {
      const cell = cellOf(value, format);
      expect(Array.isArray(cellFindings(cell, { areaCode: '0392' }))).toBe(true);
      expect(typeof contactText(cell, {})).toBe('string');
    }), { numRuns: 10000 });
  });
});
