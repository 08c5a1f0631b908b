import fc from 'fast-check';
import { readNumericPhone } from './readNumericPhone';
import { excelDisplay } from './_lib/excelNumberDisplay';

describe('readNumericPhone', () => {
  it.each([
    // an 11-digit mobile typed as a number
    [13939263117, 'General', 'PHONE_STORED_AS_NUMBER', '1.39393E+10', '13939263117'],
    [13939263117, undefined, 'PHONE_STORED_AS_NUMBER', '1.39393E+10', '13939263117'],
    [13939263117, '0', 'PHONE_STORED_AS_NUMBER', '13939263117', '13939263117'],
    [13939263117, '0.00E+00', 'PHONE_STORED_AS_NUMBER', '1.39E+10', '13939263117'],
    // a landline that lost its 0: proven by the area code (鹤壁 0392, 成都 028)
    [3923311234, 'General', 'PHONE_LEADING_ZERO_LOST', '3923311234', '0392-3311234'],
    [2826651234, 'General', 'PHONE_LEADING_ZERO_LOST', '2826651234', '028-26651234'],
    [37112345678, 'General', 'PHONE_LEADING_ZERO_LOST', '3.71123E+10', '0371-12345678'],
    // the format shows the 0, so only the storage is wrong
    [3923311234, '00000000000', 'PHONE_STORED_AS_NUMBER', '03923311234', '03923311234'],
    [3923311234, '0000-0000000', 'PHONE_STORED_AS_NUMBER', '0392-3311234', '0392-3311234'],
    [3923311234, '"0"##########', 'PHONE_STORED_AS_NUMBER', '03923311234', '03923311234'],
    [12345, 'General', 'PHONE_STORED_AS_NUMBER', '12345', '12345'],
    // not proven: no lost-zero claim
    [5123456789, 'General', undefined, '5123456789', '5123456789'],
    [3991234567, 'General', undefined, '3991234567', '3991234567'],
    [135696667405, 'General', undefined, '1.35697E+11', '135696667405'],
    [3311234, 'General', undefined, '3311234', '3311234'],
    [1.5, 'General', undefined, '1.5', '1.5'],
    [-13939263117, 'General', undefined, '-13939263117', '-13939263117'],
  ])('%d with %j → %s, shown %s, phone %s', (value, format, storage, shown, phone) => {
    const reading = readNumericPhone(value, format);
    expect(reading.storage).toBe(storage);
    expect(reading.shown).toBe(shown);
    expect(reading.phone).toBe(phone);
  });

  it('keeps the classification of what is not a phone', () => {
    expect(readNumericPhone(135696667405, 'General').classification.reason).toBe('位数不对（手机号应为 11 位，这里是 12 位）');
    expect(readNumericPhone(3311234, 'General', { areaCode: '0392' }).classification.suggested).toBe('0392-3311234');
  });

  it('never throws over arbitrary numbers and formats', () => {
    const format = fc.oneof(fc.constant(undefined), fc.constantFrom('General', '@', '0', '0.00', '0.00E+00', '00000000000', '000-0000-0000', '"0"#', '#,##0', 'yyyy-mm-dd'), fc.string());
    fc.assert(fc.property(fc.oneof(fc.double(), fc.integer(), fc.integer({ min: 0, max: 99999999999 })), format, (value, f) => {
      const reading = readNumericPhone(value, f);
      expect(typeof reading.phone).toBe('string');
    }), { numRuns: 10000 });
  });
});

describe('excelDisplay', () => {
  it.each([
    [13939263117, 'General', '1.39393E+10'],
    [13900000000, 'General', '1.39E+10'],
    [3923311234, 'General', '3923311234'],
    [13939263117, '@', '1.39393E+10'],
    [13939263117, '0.0E+00', '1.4E+10'],
    [3923311234, '0000-0000000', '0392-3311234'],
    [13939263117, '000 0000 0000', '139 3926 3117'],
    [123, '#####', '123'],
    [1234567, '###-####', '123-4567'],
    [13939263117, '#,##0', '13939263117'],
  ])('%d under %j → %s', (value, format, shown) => {
    expect(excelDisplay(value, format)).toBe(shown);
  });
});
