import { declaredCount, parseAnnexLabel, parseChineseNumber } from './title-text';

describe('parseAnnexLabel', () => {
  test.each([
    ['附件1', 1, ''],
    ['附件 1:', 1, ''],
    ['附件2：星级文明小区评选标准', 2, '星级文明小区评选标准'],
    ['附件二', 2, ''],
    ['附 件 ３', 3, ''],
    ['附件十二', 12, ''],
  ])('%s', (text, number, rest) => {
    expect(parseAnnexLabel(text)).toEqual({ number, rest });
  });

  test.each(['附件', '附件：1．文明单位结对社区共建活动计划表', '关于附件1的说明', '附件0'])('not a label: %s', (text) => {
    expect(parseAnnexLabel(text)).toBeUndefined();
  });
});

describe('declaredCount', () => {
  test.each([
    ['文明单位结对社区共建活动计划表（淇滨区46个）', 46],
    ['文明单位结对社区共建活动计划表（山城区34个）', 34],
    ['2025年度文明单位包联社区计划表（共6个）', 6],
    ['包联社区名单(12个)', 12],
    ['全市共四十六个社区结对情况', 46],
    ['2023年为民办实事10件任务分解表', 10],
    ['全市12家市级文明单位包联社区安排表', 12],
    ['重点任务清单（共12个）', 12],
  ])('%s → %d', (title, count) => {
    expect(declaredCount(title)).toBe(count);
  });

  test.each(['晋城市城市管理局 2024 年度联点共建活动安排表', '鹤壁市星级文明小区评选标准', '（2020年）计划表', '第3个工作日前报送的材料清单', '2023年5月工作安排表'])('no count: %s', (title) => {
    expect(declaredCount(title)).toBeUndefined();
  });
});

test('parseChineseNumber', () => {
  expect(parseChineseNumber('四十六')).toBe(46);
  expect(parseChineseNumber('十')).toBe(10);
  expect(parseChineseNumber('十二')).toBe(12);
  expect(parseChineseNumber('一百零五')).toBe(105);
  expect(parseChineseNumber('abc')).toBeUndefined();
});
