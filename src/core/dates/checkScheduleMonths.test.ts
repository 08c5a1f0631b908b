import { checkScheduleMonths, expectedScheduleMonths, monthsOfDeadline } from './checkScheduleMonths';
import { parseDeadline } from './parseDeadline';

const entries = (texts: string[]) => texts.map((t, i) => ({ row: i + 2, col: 0, deadline: parseDeadline(t, { year: 2024 }) }));

describe('monthsOfDeadline', () => {
  it.each([
    ['1 月', [1]], ['7、8月份', [7, 8]], ['2024-03-15', [3]], ['第三季度', [7, 8, 9]],
    ['10月至12月上旬', []], ['12月至10月', []], ['6月5日前', []], ['全年', []], ['见附件', []],
  ])('%s → %j', (text, months) => expect(monthsOfDeadline(parseDeadline(text, { year: 2024 }))).toEqual(months));
});

describe('expectedScheduleMonths', () => {
  it.each([
    [undefined, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
    [{ start: '2020-05-01', end: '2020-12-31' }, [5, 6, 7, 8, 9, 10, 11, 12]],
    [{ start: '2020-10-01', end: '2021-03-31' }, [10, 11, 12, 1, 2, 3]],
    [{ start: '2020-05-01', end: '2022-12-31' }, [5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4]],
  ])('period %p → %j', (period, months) => expect(expectedScheduleMonths(period ? { period } : {})).toEqual(months));
});

describe('checkScheduleMonths', () => {
  const anchor = { row: 1, col: 0 };
  it('is quiet for a full year', () => {
    expect(checkScheduleMonths('附件1', anchor, entries(Array.from({ length: 12 }, (_, i) => `${i + 1} 月`)), {})).toEqual([]);
  });

  it('is quiet for the months of the campaign period', () => {
    expect(checkScheduleMonths('附件1', anchor, entries(['5月', '6月', '7、8月份', '9月', '10月', '11月', '12月']), { period: { start: '2020-05-01', end: '2020-12-31' } })).toEqual([]);
  });

  it('reports missing and repeated months', () => {
    const texts = ['1 月', '2 月', '3 月', '3 月', '5 月', '6 月', '7 月', '8 月', '9 月', '10 月', '3月', '12 月'];
    expect(checkScheduleMonths('附件1', anchor, entries(texts), {})).toMatchInlineSnapshot(`
[
  {
    "cell": "A2",
    "code": "SCHEDULE_MONTH_MISSING",
    "message": "活动安排缺少 4月、11月",
    "params": {
      "count": 2,
      "months": "4月、11月",
    },
    "severity": "warning",
    "sheet": "附件1",
    "suggestion": "请补充这些月份的安排",
  },
  {
    "cell": "A6",
    "code": "SCHEDULE_MONTH_DUPLICATE",
    "message": "3月在安排表中出现了 3 次（A5、A6、A13）",
    "params": {
      "cells": "A5、A6、A13",
      "count": 3,
      "month": "3月",
    },
    "severity": "warning",
    "sheet": "附件1",
    "suggestion": "请确认是否重复录入",
  },
]
`);
  });

  it('says nothing about months when no row could be read', () => {
    expect(checkScheduleMonths('附件1', anchor, entries(['见附件', '另定']), {})).toEqual([]);
  });
});
