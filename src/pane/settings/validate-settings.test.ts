import { ZH_CN } from '../strings';
import { formFromSettings, validateSettingsForm, type SettingsForm } from './validate-settings';

const empty: SettingsForm = { year: '', periodStart: '', periodEnd: '', issued: '', today: '', areaCode: '', dueSoonDays: '' };
const t = ZH_CN.settings;

describe('validateSettingsForm', () => {
  it.each<[string, Partial<SettingsForm>, Record<string, string>]>([
    ['a year out of range', { year: '1999' }, { year: t.invalidYear }],
    ['a day that does not exist', { issued: '2020-06-31' }, { issued: t.invalidDate }],
    ['a month that does not exist', { today: '2020年13月1日' }, { today: t.invalidDate }],
    ['words', { today: '下月初' }, { today: t.invalidDate }],
    ['half a period', { periodStart: '2020-05-01' }, { periodEnd: t.invalidDate }],
    ['a reversed period', { periodStart: '2020-12-31', periodEnd: '2020-05-01' }, { periodEnd: t.invalidPeriod }],
    ['an area code without 0', { areaCode: '392' }, { areaCode: t.invalidAreaCode }],
    ['a five-digit area code', { areaCode: '03921' }, { areaCode: t.invalidAreaCode }],
    ['negative days', { dueSoonDays: '-1' }, { dueSoonDays: t.invalidDays }],
  ])('refuses %s', (_name, fields, errors) => {
    expect(validateSettingsForm({ ...empty, ...fields }, ZH_CN)).toEqual({ errors });
  });

  it('builds settings from a valid form, leaving blanks unset', () => {
    const form = { ...empty, year: '2020', periodStart: '2020-05-01', periodEnd: '2020-12-31', issued: ' 2020-05-27 ', areaCode: '0392' };
    expect(validateSettingsForm(form, ZH_CN)).toEqual({
      settings: { year: 2020, period: { start: '2020-05-01', end: '2020-12-31' }, issued: '2020-05-27', areaCode: '0392' },
      errors: {},
    });
  });

  it.each([['2020/6/30'], ['2020.6.30'], ['2020年6月30日'], ['2020-06-30'], [' 2020 年 6 月 30 日 ']])('reads %s as 2020-06-30', (typed) => {
    expect(validateSettingsForm({ ...empty, issued: typed }, ZH_CN).settings).toEqual({ issued: '2020-06-30' });
  });

  it('round-trips settings through the form', () => {
    const settings = { year: 2020, period: { start: '2020-05-01', end: '2020-12-31' }, today: '2026-11-21', areaCode: '028', dueSoonDays: 7 };
    expect(validateSettingsForm(formFromSettings(settings), ZH_CN).settings).toEqual(settings);
  });
});
