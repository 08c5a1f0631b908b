import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { classifyPhone, isAllocatedMobile } from './classifyPhone';

describe('classifyPhone', () => {
  it.each([
    // mobiles, valid per the max metadata, including the newer 19x and 16x ranges
    ['13939263117', 'mobile', undefined, '13939263117'],
    ['19912345678', 'mobile', undefined, '19912345678'],
    ['16612345678', 'mobile', undefined, '16612345678'],
    ['13084237441', 'mobile', undefined, '13084237441'],
    ['139 3926 3117', 'mobile', undefined, '13939263117'],
    ['139-3926-3117', 'mobile', undefined, '13939263117'],
    ['+86 13939263117', 'mobile', undefined, '13939263117'],
    // possible but not allocated in the metadata: a warning, new ranges open every year
    ['17412345678', 'mobile', 'PHONE_UNALLOCATED', '17412345678'],
    ['14012345678', 'mobile', 'PHONE_UNALLOCATED', '14012345678'],
    // landlines: 鹤壁 0392, 晋城 0356, 郑州 0371, 成都 / 资阳 028
    ['0392-3311234', 'landline', undefined, '0392-3311234'],
    ['03923311234', 'landline', undefined, '0392-3311234'],
    ['(0356)2221234', 'landline', undefined, '0356-2221234'],
    ['0371-12345678', 'landline', undefined, '0371-12345678'],
    ['028-26651234', 'landline', undefined, '028-26651234'],
    ['010 12345678', 'landline', undefined, '010-12345678'],
    // service numbers
    ['12345', 'service', undefined, '12345'],
    ['110', 'service', undefined, '110'],
    ['10086', 'service', undefined, '10086'],
    ['95588', 'service', undefined, '95588'],
    ['4001234567', 'service', undefined, '400-123-4567'],
    ['8001234567', 'service', undefined, '800-123-4567'],
    // no area code
    ['3311234', 'ambiguous-local', 'PHONE_NO_AREA_CODE', '3311234'],
    ['26651234', 'ambiguous-local', 'PHONE_NO_AREA_CODE', '26651234'],
    // a landline that lost its 0, proven by a real area code
    ['3923311234', 'invalid', 'PHONE_LEADING_ZERO_LOST', '3923311234'],
    ['2826651234', 'invalid', 'PHONE_LEADING_ZERO_LOST', '2826651234'],
    // invalid
    ['135696667405', 'invalid', 'PHONE_INVALID', '135696667405'],
    ['1393926311', 'invalid', 'PHONE_INVALID', '1393926311'],
    ['12345678901', 'invalid', 'PHONE_INVALID', '12345678901'],
    ['0371-2345678', 'invalid', 'PHONE_INVALID', '03712345678'],
    ['0399-1234567', 'invalid', 'PHONE_INVALID', '03991234567'],
    ['123456', 'invalid', 'PHONE_INVALID', '123456'],
    ['5123456789', 'invalid', 'PHONE_INVALID', '5123456789'],
    ['电话', 'invalid', 'PHONE_INVALID', '电话'],
  ])('%s → %s %s', (text, kind, issue, formatted) => {
    const c = classifyPhone(text);
    expect(c.kind).toBe(kind);
    expect(c.issue).toBe(issue);
    expect(c.formatted).toBe(formatted);
  });

  it.each([
    ['135696667405', '位数不对（手机号应为 11 位，这里是 12 位）'],
    ['12345678901', '号段不存在（手机号以 13～19 开头，这里是 12 开头）'],
    ['0371-2345678', '号码位数与区号 0371 不符（该区号下为 8 位号码）'],
    ['0399-1234567', '区号 0399 不存在'],
    ['0282665123', '号码位数与区号 028 不符（该区号下为 8 位号码）'],
    ['039233', '位数不对（固定电话应为 0＋区号＋7～8 位号码，这里共 6 位）'],
    ['013939263117', '手机号前多了一个 0'],
    ['523456', '位数太少（这里只有 6 位）'],
    ['123456', '位数不对（手机号应为 11 位，这里是 6 位）'],
  ])('explains why %s is invalid: %s', (text, reason) => {
    expect(classifyPhone(text).reason).toBe(reason);
  });

  it.each([
    ['3311234', '0392', '0392-3311234'],
    ['3311234', '392', '0392-3311234'],
    ['26651234', '028', '028-26651234'],
    // 郑州 numbers have 8 digits: a 7-digit number cannot be one, so no area code is guessed
    ['3311234', '0371', '区号-3311234'],
    ['3311234', undefined, '区号-3311234'],
  ])('suggests the configured area code for %s (area %s) → %s', (text, areaCode, suggested) => {
    expect(classifyPhone(text, { areaCode }).suggested).toBe(suggested);
  });

  it('gives E.164 for numbers with a national meaning', () => {
    expect(classifyPhone('13939263117').e164).toBe('+8613939263117');
    expect(classifyPhone('0392-3311234').e164).toBe('+863923311234');
    expect(classifyPhone('12345').e164).toBeUndefined();
  });

  it('never throws and always returns a kind', () => {
    const digitsy = fc.string({ unit: fc.constantFrom('0', '1', '3', '9', '-', ' ', '(', ')', '+', '8', '6') });
    fc.assert(fc.property(fc.oneof(fc.string(), digitsy), (s) => {
      expect(['mobile', 'landline', 'service', 'invalid', 'ambiguous-local']).toContain(classifyPhone(s).kind);
    }), { numRuns: 10000 });
  });
});

describe('isAllocatedMobile caches by 5-digit prefix without changing any answer', () => {
  const valid = (digits: string) => parsePhoneNumberFromString(digits, 'CN')?.isValid() ?? false;

  test('every prefix from 13000 to 19999: the cached answer equals libphonenumber for several endings', () => {
    const endings = ['000000', '999999', '123456', '500000', '050505', '987654'];
    const disagreements: string[] = [];
    for (let prefix = 13000; prefix <= 19999; prefix += 1) {
      for (const ending of endings) {
        const digits = `${prefix}${ending}`;
        if (isAllocatedMobile(digits) !== valid(digits)) disagreements.push(digits);
      }
    }
    expect(disagreements).toEqual([]);
  });

  test('random numbers: the cached answer equals libphonenumber (10,000 runs)', () => {
    fc.assert(fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), (digits) => isAllocatedMobile(digits) === valid(digits)), { numRuns: 10000 });
  });
});
