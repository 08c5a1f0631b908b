import { commonTitle, fixDeclaredCount } from './title-count';

describe('fixDeclaredCount', () => {
  test.each([
    ['文明单位结对社区共建活动计划表（淇滨区46个）', 46, 45, '文明单位结对社区共建活动计划表（淇滨区45个）'],
    ['文明单位结对社区共建活动计划表（淇滨区46个）', 46, 46, '文明单位结对社区共建活动计划表（淇滨区46个）'],
    ['2025年度文明单位包联社区计划表（共6个）', 6, 5, '2025年度文明单位包联社区计划表（共5个）'],
    ['2025年度计划表', undefined, 5, '2025年度计划表'],
    ['2025年度计划表（共6家）', 6, 12, '2025年度计划表（共12家）'],
  ] as const)('%s declared %s, %i rows', (title, declared, actual, expected) => {
    expect(fixDeclaredCount(title, declared, actual)).toBe(expected);
  });
});

describe('commonTitle', () => {
  test('district tables share the title before their brackets', () => {
    expect(commonTitle(['文明单位结对社区共建活动计划表（淇滨区46个）', '文明单位结对社区共建活动计划表（山城区34个）'])).toBe('文明单位结对社区共建活动计划表');
  });
  test('different titles: the first', () => {
    expect(commonTitle(['甲表', '乙表'])).toBe('甲表');
    expect(commonTitle([])).toBeUndefined();
  });
});
