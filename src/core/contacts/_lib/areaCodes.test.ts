import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { fixedLineParts, readFixedLineParts } from './areaCodes';

/** Area codes of every length and local-number length: Beijing, Guangzhou, Chengdu, Zhengzhou, Hebi, Changzhi, Shenzhen, Lhasa, and a few that do not exist. */
const AREAS = ['010', '020', '021', '028', '0371', '0392', '0355', '0356', '0755', '0891', '0398', '0100', '0600', '024', '0451', '0999'];

describe('fixedLineParts caches by all but the last four digits without changing any answer', () => {
  test('random local numbers under many area codes: cached equals libphonenumber (10,000 runs)', () => {
    const local = fc.stringMatching(/^\d{5,9}$/);
    fc.assert(fc.property(fc.constantFrom(...AREAS), local, (area, digits) => {
      const number = area + digits;
      expect(fixedLineParts(number)).toEqual(readFixedLineParts(number));
    }), { numRuns: 10_000 });
  });

  test('numbers of ten digits or more that share all but their last four digits get the same answer from libphonenumber', () => {
    fc.assert(fc.property(fc.constantFrom(...AREAS), fc.stringMatching(/^\d{3,5}$/), fc.stringMatching(/^\d{4}$/), fc.stringMatching(/^\d{4}$/), (area, head, a, b) => {
      expect(readFixedLineParts(area + head + a)?.area).toBe(readFixedLineParts(area + head + b)?.area);
    }), { numRuns: 10_000 });
  });

  test('E.164 of a landline is +86 and the number without its 0, as libphonenumber writes it', () => {
    for (const number of ['03923311234', '01062345678', '02886651234', '037166651234']) {
      expect(fixedLineParts(number)).toBeDefined();
      expect(parsePhoneNumberFromString(number, 'CN')?.number).toBe(`+86${number.slice(1)}`);
    }
  });
});
