import type { CheckContext } from '../check/check-context';
import { gridFromRows } from '../grid/grid';
import type { Settings } from '../settings';
import { SEED_000_STEPS, seed001Schedule, seed002Targets } from './_test/seedTables';
import { describeSkippedChecks } from '../findings/messages.zh-CN';
import { skippedDateChecks } from './skippedDateChecks';

const brief = (context: CheckContext, today?: Parameters<typeof skippedDateChecks>[1]) =>
  skippedDateChecks(context, today).map((s) => `${s.check}:${s.reason}`);

const SEED_000_SETTINGS: Settings = { year: 2020, period: { start: '2020-05-01', end: '2020-12-31' }, issued: '2020-05-27' };
const notice = { workbook: { sheets: [gridFromRows('通知', [['完成时限：2020年6月30日前'], ...SEED_000_STEPS.map((l) => [l])])] }, tables: [] };

describe('skippedDateChecks', () => {
  it('nothing is skipped when every setting is known', () => {
    expect(brief({ ...notice, settings: { ...SEED_000_SETTINGS, today: '2020-06-15' } })).toEqual([]);
  });

  it('the CLI without --today: overdue and due-soon', () => {
    expect(brief({ ...notice, settings: SEED_000_SETTINGS })).toEqual(['DATE_OVERDUE:noToday', 'DATE_DUE_SOON:noToday']);
  });

  it('the pane outside the period says so, with today and the period', () => {
    const [overdue] = skippedDateChecks({ ...notice, settings: SEED_000_SETTINGS }, { reason: 'todayOutsidePeriod', today: '2026-11-21' });
    expect(overdue).toEqual({
      check: 'DATE_OVERDUE', reason: 'todayOutsidePeriod', params: { today: '2026年11月21日', period: '2020年5月1日至12月31日' },
      message: '未检查时限是否已逾期：今天（2026年11月21日）不在活动期间 2020年5月1日至12月31日 内，按已归档的文件处理',
    });
  });

  it('no period and no issue date: their checks are skipped', () => {
    expect(brief({ ...notice, settings: { year: 2020, today: '2020-06-15' } })).toEqual(['DATE_OUTSIDE_PERIOD:noPeriod', 'DATE_BEFORE_ISSUE:noIssued']);
  });

  it('no year at all (seed 002\'s targets): the yearless deadlines cannot be placed', () => {
    const { grid, table } = seed002Targets();
    const skipped = skippedDateChecks({ workbook: { sheets: [grid] }, tables: [table], settings: {} });
    expect(skipped.map((s) => `${s.check}:${s.reason}`)).toEqual([
      'DATE_OUTSIDE_PERIOD:noPeriod', 'DATE_BEFORE_ISSUE:noIssued', 'DATE_OVERDUE:noToday', 'DATE_DUE_SOON:noToday', 'DATE_ON_HOLIDAY:noYear',
    ]);
    expect(skipped[4].message).toBe('未检查时限是否落在节假日：9 个时限没有写年份，活动年份又未填写、也未能从工作簿推断，无法把它们放到日历上');
  });

  it('yearless deadlines are named even when the period and today are given', () => {
    const { grid, table } = seed002Targets();
    expect(brief({ workbook: { sheets: [grid] }, tables: [table], settings: { today: '2012-06-01', period: { start: '2012-01-01', end: '2013-06-30' }, issued: '2012-03-20' } }))
      .toEqual(['DATE_OUTSIDE_PERIOD:noYear', 'DATE_BEFORE_ISSUE:noYear', 'DATE_OVERDUE:noYear', 'DATE_DUE_SOON:noYear', 'DATE_ON_HOLIDAY:noYear']);
  });

  it('phases without a year: their gaps and overlaps are not measured', () => {
    const phases = { workbook: { sheets: [gridFromRows('通知', SEED_000_STEPS.map((l) => [l]))] }, tables: [], settings: { today: '2020-06-15' } };
    expect(brief(phases)).toContain('PHASE_GAP:noYear');
    expect(brief(phases)).toContain('PHASE_OVERLAP:noYear');
  });

  it('a monthly schedule is not due work: no overdue check is missed', () => {
    const { grid, table } = seed001Schedule();
    expect(brief({ workbook: { sheets: [grid] }, tables: [table], settings: {} })).toEqual(['DATE_OUTSIDE_PERIOD:noPeriod', 'DATE_BEFORE_ISSUE:noIssued']);
  });

  it('a workbook without deadlines skips nothing', () => {
    expect(brief({ workbook: { sheets: [gridFromRows('名单', [['姓名'], ['张三']])] }, tables: [], settings: {} })).toEqual([]);
  });

  it('reads as one line per reason', () => {
    const { grid, table } = seed002Targets();
    expect(describeSkippedChecks(skippedDateChecks({ workbook: { sheets: [grid] }, tables: [table], settings: { year: 2012 } })).map((l) => l.text)).toEqual([
      '未检查时限是否超出活动期间：活动期间未填写，也未能从工作簿推断',
      '未检查时限是否早于发文日期：发文日期未填写，也未能从工作簿推断',
      '未检查时限是否已逾期、时限是否即将到期：没有指定“今天”（命令行用 --today 指定）',
    ]);
  });
});
