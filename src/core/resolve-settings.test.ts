import { resolveSettings } from './resolve-settings';
import type { InferredSettings, Settings } from './settings';

const at = { sheet: '通知', cell: 'A1', text: '…' } as const;
/** What seed 000 says of itself. */
const SEED_000: InferredSettings = {
  year: { value: 2020, from: 'document-number', ...at, text: '鹤创文办〔2020〕5号' },
  period: { value: { start: '2020-05-01', end: '2020-12-31' }, from: 'period-text', ...at, cell: 'A8' },
  issued: { value: '2020-05-27', from: 'signing-date', ...at, cell: 'A34' },
  areaCode: { value: '0392', from: 'landlines', ...at, cell: 'E4' },
};

describe('resolveSettings', () => {
  it('takes every inferred setting the user left out', () => {
    const { settings, inferred } = resolveSettings({}, SEED_000);
    expect(settings).toEqual({ year: 2020, period: { start: '2020-05-01', end: '2020-12-31' }, issued: '2020-05-27', areaCode: '0392' });
    expect(inferred).toEqual(SEED_000);
  });

  it('keeps what the user gave, and lists only the inferred settings in use', () => {
    const { settings, inferred } = resolveSettings({ areaCode: '0356', issued: '2020-06-01', dueSoonDays: 3 }, SEED_000);
    expect(settings).toEqual({ year: 2020, period: SEED_000.period!.value, issued: '2020-06-01', areaCode: '0356', dueSoonDays: 3 });
    expect(Object.keys(inferred)).toEqual(['year', 'period']);
  });

  it.each<[string, Settings, readonly string[]]>([
    ['a given year drops an inferred period of another year, and a later issue date', { year: 2019 }, ['areaCode']],
    ['a given year inside the inferred period keeps it', { year: 2020 }, ['period', 'issued', 'areaCode']],
    ['a given period of another year drops the inferred year', { period: { start: '2021-01-01', end: '2021-12-31' } }, ['issued', 'areaCode']],
    ['a given period ending before the inferred issue date drops it', { period: { start: '2020-01-01', end: '2020-05-20' } }, ['year', 'areaCode']],
  ])('an inferred value that contradicts a given one is not used: %s', (_, explicit, used) => {
    expect(Object.keys(resolveSettings(explicit, SEED_000).inferred)).toEqual(used);
  });

  describe('today', () => {
    it.each<[string, Settings, InferredSettings, string | undefined, Record<string, unknown>]>([
      ['the CLI without --today: none', {}, SEED_000, undefined, { todaySkip: { reason: 'noToday' } }],
      ['a given today wins, inside the period or not', { today: '2026-11-21' }, SEED_000, '2020-06-15', { today: '2026-11-21', todayFrom: 'settings' }],
      ['the clock inside the inferred period', {}, SEED_000, '2020-06-15', { today: '2020-06-15', todayFrom: 'clock' }],
      ['the clock on the period\'s last day', {}, SEED_000, '2020-12-31', { today: '2020-12-31', todayFrom: 'clock' }],
      ['the clock after the period: an archived notice', {}, SEED_000, '2026-11-21', { todaySkip: { reason: 'todayOutsidePeriod', today: '2026-11-21' } }],
      ['the clock with no period known', {}, {}, '2026-11-21', { todaySkip: { reason: 'noPeriod' } }],
      ['the clock inside a given period', { period: { start: '2026-01-01', end: '2026-12-31' } }, {}, '2026-11-21', { today: '2026-11-21', todayFrom: 'clock' }],
    ])('%s', (_, explicit, inferred, clockToday, expected) => {
      const resolved = resolveSettings(explicit, inferred, clockToday ? { clockToday } : {});
      expect({ today: resolved.settings.today, todayFrom: resolved.todayFrom, todaySkip: resolved.todaySkip }).toEqual({ today: undefined, todayFrom: undefined, todaySkip: undefined, ...expected });
    });
  });
});
