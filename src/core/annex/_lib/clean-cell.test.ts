import fc from 'fast-check';
import { annexCellValue, cleanHeader, cleanText, cleanTitle, unpadNames } from './clean-cell';

describe('unpadNames', () => {
  test.each([
    ['郭  琳13503921007', '郭琳13503921007'],
    ['吴  敏 13939281146', '吴敏 13939281146'],
    ['陶  宏\n13982969551', '陶宏\n13982969551'],
    ['组 长', '组长'],
    ['张三 李四', '张三 李四'], // two names, not one padded name
    ['郭玉功 15139292958', '郭玉功 15139292958'],
    ['文明健康 绿色环保', '文明健康 绿色环保'],
  ])('%j → %j', (input, expected) => expect(unpadNames(input)).toBe(expected));
});

describe('cleaning text', () => {
  test.each([
    [' 廖鹏\n\n13982991270；杨贵\n\n13568539001 ', '廖鹏\n13982991270；杨贵\n13568539001'],
    ['李　强', '李 强'],
    ['郭小倩１３９３９２６３１１７\u200b', '郭小倩13939263117'],
    ['韩旭：15378673897', '韩旭：15378673897'],
    ['a\r\nb', 'a\nb'],
  ])('cleanText(%j) → %j', (input, expected) => expect(cleanText(input)).toBe(expected));

  test.each([
    ['测  评  标  准', '测评标准'],
    ['测评\n项目', '测评项目'],
    ['联系人及\n联系方式', '联系人及联系方式'],
  ])('cleanHeader(%j) → %j', (input, expected) => expect(cleanHeader(input)).toBe(expected));

  test('cleanTitle removes the spaces a PDF leaves around digits', () => {
    expect(cleanTitle('晋城市城市管理局 2024 年度联点共建活动安排表')).toBe('晋城市城市管理局2024年度联点共建活动安排表');
  });

  test('cleanText never throws and is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('郭', ' ', '\n', '\u3000', '\u00a0', '１', '1', '：', '\r', '\u200b', 'a') }), (text) => {
      const once = cleanText(text);
      expect(cleanText(once)).toBe(once);
    }), { numRuns: 10000 });
  });
});

describe('annexCellValue', () => {
  test.each([
    ['phone', 13939263117, 'General', '13939263117'], // a mobile stored as a number becomes text
    ['phone', 3923311234, 'General', '0392-3311234'], // a landline that lost its 0 gets it back
    ['contact', '郭  琳13503921007', undefined, '郭琳13503921007'],
    ['role', '组 长:', undefined, '组长'],
    ['role', '成 员：', undefined, '成员'],
    ['month', '1 月', undefined, '1月'],
    ['seq', 7, undefined, 7],
    ['maxPoints', 0.5, undefined, 0.5],
    ['criterion', '   ', undefined, null],
    ['plannedTime', new Date(Date.UTC(2020, 5, 30)), undefined, '2020年6月30日'],
    ['criterion', { error: '#REF!' }, undefined, '#REF!'],
  ] as const)('%s %j → %j', (role, value, format, expected) => {
    expect(annexCellValue(role, value, format)).toEqual(expected);
  });
});
