/**
 * `wenming check` without settings flags: what it infers from the workbook (year, period, issue
 * date, area code, each with its cell), that flags override it, and which checks it skipped.
 */
import { fixturePath } from './support/fixtures';
import { runCliCaptured } from './support/run-cli';

async function checkJson(...argv: string[]) {
  const { stdout } = await runCliCaptured(['check', '--json', ...argv]);
  return JSON.parse(stdout).files[0] as { inferred: Record<string, unknown>; skipped: { check: string; reason: string; message: string }[]; findings: { code: string }[] };
}

describe('wenming check infers the settings it is not given', () => {
  test('seed 000: the year, period and issue date from its 通知, each with its cell and text', async () => {
    const file = await checkJson(fixturePath('seed000.xlsx'));
    expect(file.inferred).toEqual({
      year: { value: 2020, from: 'document-number', sheet: '通知', cell: 'A1', text: '鹤创文办〔2020〕5号' },
      period: { value: { start: '2020-05-01', end: '2020-12-31' }, from: 'period-text', sheet: '通知', cell: 'A8', text: '2020年5月至12月' },
      issued: { value: '2020-05-27', from: 'signing-date', sheet: '通知', cell: 'A34', text: '2020年5月27日' },
    });
    // Without --today the CLI does not judge overdue work, and says so.
    expect(file.skipped.map((s) => `${s.check}:${s.reason}`)).toEqual(['DATE_OVERDUE:noToday', 'DATE_DUE_SOON:noToday']);
  });

  test('the inferred settings run the checks as the flags would', async () => {
    const given = await checkJson('--year', '2020', '--period', '2020-05-01/2020-12-31', '--issued', '2020-05-27', fixturePath('seed000.xlsx'));
    const inferred = await checkJson(fixturePath('seed000.xlsx'));
    expect(inferred.findings).toEqual(given.findings);
    expect(given.inferred).toEqual({});
  });

  test('flags override what the workbook says; an inferred value they contradict is dropped too', async () => {
    const file = await checkJson('--year', '2021', '--today', '2021-06-01', fixturePath('seed000.xlsx'));
    // A 2020 period cannot hold a 2021 campaign and is dropped; a notice dated 2020-05-27 may set one out, and is kept.
    expect(Object.keys(file.inferred)).toEqual(['issued']);
    expect(file.skipped.map((s) => `${s.check}:${s.reason}`)).toEqual(['DATE_OUTSIDE_PERIOD:noPeriod']);
  });

  test('variants.xlsx: the area code its landlines carry, unless --area-code is given', async () => {
    expect((await checkJson(fixturePath('variants.xlsx'))).inferred.areaCode).toMatchObject({ value: '0392', from: 'landlines' });
    expect((await checkJson('--area-code', '0356', fixturePath('variants.xlsx'))).inferred.areaCode).toBeUndefined();
  });

  test('seed 002 states no year, period or date: nothing is inferred, and the skipped checks say why', async () => {
    const file = await checkJson(fixturePath('seed002.xlsx'));
    expect(file.inferred).toEqual({});
    expect(file.skipped.map((s) => `${s.check}:${s.reason}`)).toEqual([
      'DATE_OUTSIDE_PERIOD:noPeriod', 'DATE_BEFORE_ISSUE:noIssued', 'DATE_OVERDUE:noToday', 'DATE_DUE_SOON:noToday', 'DATE_ON_HOLIDAY:noYear',
    ]);
    expect(file.skipped[0].message).toBe('未检查时限是否超出活动期间：活动期间未填写，也未能从工作簿推断');
  });

  test('the readable report says in one line what was inferred and from where, then what was skipped', async () => {
    const { stdout } = await runCliCaptured(['check', fixturePath('seed000.xlsx')]);
    expect(stdout).toContain('从工作簿推断：年份 2020（“通知”!A1 鹤创文办〔2020〕5号），活动期间 2020-05-01 至 2020-12-31（“通知”!A8 2020年5月至12月），'
      + '发文日期 2020-05-27（“通知”!A34 2020年5月27日）；可用 --year、--period、--issued 改写。');
    expect(stdout).toContain('未运行的检查：\n  未检查时限是否已逾期、时限是否即将到期：没有指定“今天”（命令行用 --today 指定）\n');
    const given = await runCliCaptured(['check', '--year', '2020', '--period', '2020-05-01/2020-12-31', '--issued', '2020-05-27', '--today', '2020-06-01', fixturePath('seed000.xlsx')]);
    expect(given.stdout).not.toMatch(/从工作簿推断|未运行的检查/);
  });
});
