import { gridFromRows } from '../grid/grid';
import type { Settings } from '../settings';
import { checkDates } from './checkDates';
import { seed001Schedule, seed002Targets, sheetWithTable } from './_test/seedTables';

const run = (parts: ReturnType<typeof sheetWithTable>[], settings: Settings, extraSheets = [] as ReturnType<typeof gridFromRows>[]) =>
  checkDates({ workbook: { sheets: [...extraSheets, ...parts.map((p) => p.grid)] }, tables: parts.map((p) => p.table), settings });
const brief = (findings: ReturnType<typeof checkDates>) => findings.map((f) => `${f.cell} ${f.code}`);

describe('checkDates on seed 002 附件5 (目标分解表, 2012)', () => {
  it('finds nothing wrong with the year set', () => {
    expect(run([seed002Targets()], { year: 2012 })).toEqual([]);
  });

  it('reports status against today, by the end of each month named', () => {
    expect(brief(run([seed002Targets()], { year: 2012, today: '2012-07-26' }))).toEqual(['F6 DATE_OVERDUE', 'F10 DATE_DUE_SOON']);
  });

  it('finds the year on the notice sheet when no setting gives it', () => {
    const notice = gridFromRows('方案', [['南阳新村街道办事处党政办'], ['2012年3月20日印']]);
    expect(brief(run([seed002Targets()], { today: '2012-11-05' }, [notice]))).toEqual(['F4 DATE_OVERDUE', 'F6 DATE_OVERDUE', 'F7 DATE_OVERDUE', 'F10 DATE_OVERDUE', 'F11 DATE_OVERDUE']);
  });

  it('cannot place deadlines without any year, and says only what it can', () => {
    expect(brief(run([seed002Targets(['12月底前完成', '6月31日前', '9月30日至6月6日', '随便'])], {}))).toEqual([
      'F4 DATE_NONEXISTENT', 'F5 DATE_RANGE_REVERSED', 'F6 DATE_UNPARSED',
    ]);
  });
});

describe('checkDates on seed 001 附件1 (联点共建活动安排表)', () => {
  it('is quiet for the twelve months', () => {
    expect(run([seed001Schedule()], {})).toEqual([]);
  });

  it('reads bare month numbers and real dates in the 时间 column', () => {
    const months = [1, 2, 3, new Date(Date.UTC(2024, 3, 1)), '5 月', '6 月', '7、8月份', '9 月', '10 月', '11 月', '12 月'];
    expect(run([seed001Schedule(months)], {})).toEqual([]);
  });

  it('reports a missing and a repeated month', () => {
    const months = ['1 月', '2 月', '3 月', '4 月', '5 月', '6 月', '7 月', '7 月', '9 月', '10 月', '11 月', '12 月'];
    expect(run([seed001Schedule(months)], {})).toMatchInlineSnapshot(`
[
  {
    "cell": "A2",
    "code": "SCHEDULE_MONTH_MISSING",
    "message": "活动安排缺少 8月",
    "params": {
      "count": 1,
      "months": "8月",
    },
    "severity": "warning",
    "sheet": "附件1",
    "suggestion": "请补充这些月份的安排",
  },
  {
    "cell": "A10",
    "code": "SCHEDULE_MONTH_DUPLICATE",
    "message": "7月在安排表中出现了 2 次（A9、A10）",
    "params": {
      "cells": "A9、A10",
      "count": 2,
      "month": "7月",
    },
    "severity": "warning",
    "sheet": "附件1",
    "suggestion": "请确认是否重复录入",
  },
]
`);
  });

  it('does not call past months overdue', () => {
    expect(run([seed001Schedule()], { today: '2026-11-21' })).toEqual([]);
  });

  it('expects the campaign period months when a period is set', () => {
    expect(brief(run([seed001Schedule()], { period: { start: '2024-05-01', end: '2024-12-31' } }))).toEqual([
      'A3 DATE_OUTSIDE_PERIOD', 'A4 DATE_OUTSIDE_PERIOD', 'A5 DATE_OUTSIDE_PERIOD', 'A6 DATE_OUTSIDE_PERIOD',
    ]);
  });
});

describe('checkDates on other tables', () => {
  it('reads plannedTime (seed 004 对标责任清单) without complaint', () => {
    const checklist = sheetWithTable('附件1', 'indicator-checklist', '民政局创建全国文明城市对标责任清单',
      [['计划开展时间', 'plannedTime'], ['收集类型', 'collection']],
      [['全年', '季度\n\n收集'], ['长期', '季度收集'], ['按时间节点', '季度'], ['全年', '图片资料季度收集\n\n说明报告半年收集']]);
    expect(run([checklist], { year: 2021 })).toEqual([]);
  });

  it('reads Excel serial dates in date-formatted cells and flags the holiday', () => {
    const table = sheetWithTable('任务', 'task-breakdown', '2020年重点任务分解表',
      [['任务', 'task'], ['完成时限', 'deadline']], [['布置', 44105], ['总结', 44105]], [[undefined, 'yyyy/m/d'], [undefined, 'General']]);
    expect(run([table], {})).toMatchInlineSnapshot(`
[
  {
    "cell": "B3",
    "code": "DATE_ON_HOLIDAY",
    "message": "时限“2020-10-01”（2020年10月1日）是法定节假日或休息日（国庆节）",
    "params": {
      "date": "2020年10月1日",
      "holiday": "国庆节",
      "iso": "2020-10-01",
      "text": "2020-10-01",
      "workday": "2020年9月30日（星期三）",
      "workdayIso": "2020-09-30",
    },
    "severity": "info",
    "sheet": "任务",
    "suggestion": "可考虑提前到最近的工作日 2020年9月30日（星期三）",
  },
  {
    "cell": "B4",
    "code": "DATE_UNPARSED",
    "message": "无法识别的时间写法“44105”",
    "params": {
      "text": "44105",
    },
    "severity": "warning",
    "sheet": "任务",
    "suggestion": "可写作“6月30日前”“10月至12月上旬”“全年”等",
  },
]
`);
  });

  it('warns once per year without holiday data', () => {
    const table = sheetWithTable('任务', 'task-breakdown', '2099年任务分解表',
      [['任务', 'task'], ['完成时限', 'deadline']], [['甲', '6月30日前'], ['乙', '7月30日前']]);
    expect(brief(run([table], {}))).toEqual(['B3 DATE_YEAR_UNSUPPORTED']);
  });
});
