import { resolveSettings } from '../../core/resolve-settings';
import type { InferredSettings, Settings } from '../../core/settings';
import { EN, ZH_CN } from '../strings';
import { settingsHints, type SettingsHintSource } from './settings-hints';
import type { SettingsForm } from './validate-settings';

const empty: SettingsForm = { year: '', periodStart: '', periodEnd: '', issued: '', today: '', areaCode: '', dueSoonDays: '' };

/** What seed 000 says of itself (test/infer-settings-fixtures.test.ts), plus a stale deadline year. */
const SEED_000: InferredSettings = {
  year: {
    value: 2020, from: 'document-number', sheet: '通知', cell: 'A1', text: '鹤创文办〔2020〕5号',
    conflicts: [{ value: 2019, from: 'deadlines', sheet: '附件5', cell: 'F4', text: '2019年6月30日前' }],
  },
  period: { value: { start: '2020-05-01', end: '2020-12-31' }, from: 'period-text', sheet: '通知', cell: 'A8', text: '2020年5月至12月' },
  issued: { value: '2020-05-27', from: 'signing-date', sheet: '通知', cell: 'A34', text: '2020年5月27日' },
};

/** The analysis as the pane's core job returns it, for the user's settings and the clock. */
function source(explicit: Settings, inferable: InferredSettings, clockToday = '2026-11-21'): SettingsHintSource {
  const { settings, inferred } = resolveSettings(explicit, inferable, { clockToday });
  return { inferable, inferred, settings };
}

const texts = (form: SettingsForm, from: SettingsHintSource | undefined) =>
  Object.fromEntries(Object.entries(settingsHints(form, from, ZH_CN).hints).map(([place, h]) => [place, [h.kind, h.text, ...h.conflicts].join(' / ')]));

describe('settingsHints', () => {
  it('empty fields show the inferred value in grey and the cell it came from; conflicts are listed', () => {
    const { hints, placeholders } = settingsHints(empty, source({}, SEED_000), ZH_CN);
    expect(placeholders).toEqual({ year: '2020', periodStart: '2020-05-01', periodEnd: '2020-12-31', issued: '2020-05-27', today: '年-月-日', areaCode: '', dueSoonDays: '7' });
    expect(texts(empty, source({}, SEED_000))).toEqual({
      year: 'inferred / 从“通知”!A1 推断：鹤创文办〔2020〕5号 / 注意：“附件5”!F4 写的是 2019（2019年6月30日前），请核对',
      period: 'inferred / 从“通知”!A8 推断：2020年5月至12月',
      issued: 'inferred / 从“通知”!A34 推断：2020年5月27日',
      areaCode: 'missing / 未能从工作簿推断，请填写',
      today: 'today / 留空时，今天在活动期间内才按今天判断逾期与即将到期',
    });
    expect(hints.year?.conflicts).toHaveLength(1);
  });

  it('with nothing inferred every field says so plainly, and no placeholder looks like a value', () => {
    const { placeholders } = settingsHints(empty, source({}, {}), ZH_CN);
    expect(Object.values(placeholders).filter((p) => /\d/.test(p))).toEqual(['7']);
    expect(texts(empty, source({}, {}))).toMatchObject({ year: 'missing / 未能从工作簿推断，请填写', period: 'missing / 未能从工作簿推断，请填写', issued: 'missing / 未能从工作簿推断，请填写' });
  });

  it('a filled field says what it overrides, or that it agrees', () => {
    const form = { ...empty, year: '2021', periodStart: '2020-05-01', periodEnd: '2020-12-31' };
    expect(texts(form, source({ year: 2021, period: SEED_000.period!.value }, SEED_000))).toMatchObject({
      year: 'overrides / 工作簿中为 2020（“通知”!A1），按此处填写的值校验',
      period: 'overrides / 与工作簿一致（“通知”!A8）',
    });
  });

  it('an inferred value that contradicts another setting the user gave is shown as not used', () => {
    const form = { ...empty, periodStart: '2021-01-01', periodEnd: '2021-12-31' };
    expect(texts(form, source({ period: { start: '2021-01-01', end: '2021-12-31' } }, SEED_000)).year)
      .toBe('unused / 工作簿中为 2020（“通知”!A1），与已填写的其他设置不符，未采用');
  });

  it('today from the clock inside the period is shown in the empty field', () => {
    const { hints, placeholders } = settingsHints(empty, source({}, SEED_000, '2020-06-15'), ZH_CN);
    expect(placeholders.today).toBe('2020-06-15');
    expect(hints.today?.text).toBe('留空：今天 2020-06-15 在活动期间内，按今天判断逾期');
  });

  it('before the analysis is ready, the empty fields say the workbook is being read', () => {
    expect(texts(empty, undefined)).toEqual({ year: 'missing / 正在读取工作簿…', period: 'missing / 正在读取工作簿…', issued: 'missing / 正在读取工作簿…', areaCode: 'missing / 正在读取工作簿…' });
  });

  it('speaks English when the pane does', () => {
    expect(settingsHints(empty, source({}, SEED_000), EN).hints.year?.text).toBe('Read from “通知”!A1: 鹤创文办〔2020〕5号');
  });

  it('cuts a long cell text', () => {
    const long = { year: { ...SEED_000.year!, conflicts: [], text: '资阳市民政局创建全国文明城市网上申报2021年对标责任清单（第一批）及说明' } };
    expect(settingsHints(empty, source({}, long), ZH_CN).hints.year?.text).toBe('从“通知”!A1 推断：资阳市民政局创建全国文明城市网上申报2021年对标责任清单（…');
  });
});
