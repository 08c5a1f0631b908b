import { dayOfExcelSerial, excelSerialOfDay, isDateFormat } from './excelDate';

describe('Excel serial dates (1900 system)', () => {
  it.each([
    [1, { year: 1900, month: 1, day: 1 }],
    [59, { year: 1900, month: 2, day: 28 }],
    [60, '1900-02-29'],
    [61, { year: 1900, month: 3, day: 1 }],
    [43831, { year: 2020, month: 1, day: 1 }],
    [44012, { year: 2020, month: 6, day: 30 }],
    [44012.999, { year: 2020, month: 6, day: 30 }],
    [2958465, { year: 9999, month: 12, day: 31 }],
  ])('serial %p is %p', (serial, day) => expect(dayOfExcelSerial(serial)).toEqual(day));

  it.each([0, -1, 0.5, 2958466, Number.NaN, Number.POSITIVE_INFINITY])('serial %p is no day', (serial) => {
    expect(dayOfExcelSerial(serial)).toBeUndefined();
  });

  it('inverts', () => {
    expect(excelSerialOfDay({ year: 2020, month: 6, day: 30 })).toBe(44012);
    expect(excelSerialOfDay({ year: 1900, month: 3, day: 1 })).toBe(61);
    expect(excelSerialOfDay({ year: 1900, month: 2, day: 28 })).toBe(59);
  });
});

describe('isDateFormat', () => {
  it.each([
    'yyyy/m/d', 'm/d/yy', 'yyyy-mm-dd', 'yyyy"年"m"月"d"日"', '[$-804]yyyy年m月d日', '[$-F800]dddd, mmmm dd, yyyy', 'mmm-yy', 'd-mmm', 'm/d/yy h:mm', 'mmmm',
  ])('%s shows a date', (f) => expect(isDateFormat(f)).toBe(true));
  it.each([
    undefined, 'General', '@', '0', '0.00', '0.00E+00', 'h:mm', 'h:mm:ss', '[h]:mm', 'mm:ss', '"截止"0"日"', '#,##0_);[Red](#,##0)', '0.0"分"',
  ])('%p does not', (f) => expect(isDateFormat(f)).toBe(false));
});
