import fc from 'fast-check';
import { findRawMobiles, maskPhones } from './mask-phones';

describe('maskPhones', () => {
  test.each([
    ['郭小倩13939263117', '郭小倩139****3117', 1],
    ['郭  琳 13503921007', '郭  琳 135****1007', 1],
    ['韩旭：15378673897\n徐静：13551701935', '韩旭：153****3897\n徐静：135****1935', 2],
    ['廖鹏\n13982991270；杨贵\n13568539001', '廖鹏\n139****1270；杨贵\n135****9001', 2],
    ['153 7867 3897', '153 **** 3897', 1],
    ['153-7867-3897', '153-****-3897', 1],
    ['+86 13939263117', '+86 139****3117', 1],
    ['郭文军135696667405', '郭文军135*****7405', 1], // a 12-digit typo still exposes the person
    ['0392-3311234', '0392-3311234', 0], // office landline stays
    ['03923311234', '03923311234', 0],
    ['12345', '12345', 0],
    ['400-123-4567', '400-123-4567', 0],
    ['身份证410611199001011234', '身份证410611199001011234', 0],
    ['2020年5月27日', '2020年5月27日', 0],
    ['编号 1393926311', '编号 1393926311', 0], // 10 digits: not a mobile
  ])('%j → %j', (input, text, masked) => {
    expect(maskPhones(input)).toEqual({ text, masked });
  });

  test('never throws, is idempotent, leaves no raw mobile and keeps the length', () => {
    const digitsAndText = fc.string({ unit: fc.constantFrom(...'0123456789 -+郭：\n1386') });
    fc.assert(fc.property(digitsAndText, (text) => {
      const once = maskPhones(text).text;
      expect(maskPhones(once)).toEqual({ text: once, masked: 0 });
      expect(findRawMobiles(once)).toEqual([]);
      expect(once.length).toBe(text.length);
    }), { numRuns: 10000 });
  });
});

describe('findRawMobiles', () => {
  test('finds 11-digit mobiles only', () => {
    expect(findRawMobiles('郭小倩13939263117，0392-3311234，139****3117，135696667405')).toEqual(['13939263117']);
  });
});
