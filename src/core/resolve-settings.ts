import type { TodaySkip } from './findings/skipped-check';
import type { CampaignPeriod, InferredSettings, Settings } from './settings';

/** What the host knows besides the user's settings. */
export interface ResolveOptions {
  /**
   * The host's own date (`2026-11-21`, local time), when "today" may come from the clock: the
   * pane gives it, the CLI does not (there only `--today` sets it). It is used only inside the
   * campaign period: an archived notice checked years later is not overdue work.
   */
  readonly clockToday?: string;
}

/** The settings the checks run with, and where they came from. */
export interface ResolvedSettings {
  /** Explicit settings over inferred ones, and "today" as decided. */
  readonly settings: Settings;
  /** The inferred settings in use: those the user did not give, and that no given setting contradicts. */
  readonly inferred: InferredSettings;
  /** Why there is no "today", when there is none. */
  readonly todaySkip?: TodaySkip;
  /** Where "today" came from, when there is one. */
  readonly todayFrom?: 'settings' | 'clock';
}

const yearOf = (iso: string): number => Number(iso.slice(0, 4));
const within = (year: number, period: CampaignPeriod): boolean => year >= yearOf(period.start) && year <= yearOf(period.end);

/**
 * The one place that decides the settings a check runs with (the CLI, the pane and the ribbon
 * command all call it): what the user gave (CLI flags, the pane's 设置) wins over what the
 * workbook says; an inferred value that contradicts a given one is not used either (an inferred
 * 2020 period when the user gave the year 2021; an inferred year outside the period the user gave;
 * an issue date after the given period's end). "Today" is the given one, else the host's clock
 * when it lies inside the campaign period, else none, and `todaySkip` says why.
 *
 * @example resolveSettings({ areaCode: '0356' }, inferSettings(seed000, tables))
 * // { settings: { areaCode: '0356', year: 2020, period: {…}, issued: '2020-05-27' }, inferred: { year, period, issued }, todaySkip: { reason: 'noToday' } }
 */
export function resolveSettings(explicit: Settings, inferred: InferredSettings, options: ResolveOptions = {}): ResolvedSettings {
  const used: { -readonly [K in keyof InferredSettings]: InferredSettings[K] } = {};
  /** The inferred value of a setting the user left out, when it fits what the user gave. */
  const take = <K extends keyof InferredSettings>(key: K, fits: (value: NonNullable<InferredSettings[K]>['value']) => boolean) => {
    const found = inferred[key];
    if (explicit[key] !== undefined || !found || !fits(found.value)) return undefined;
    used[key] = found;
    return found.value as NonNullable<InferredSettings[K]>['value'];
  };
  const year = explicit.year ?? take('year', (y) => !explicit.period || within(y, explicit.period));
  const period = explicit.period ?? take('period', (p) => explicit.year === undefined || within(explicit.year, p));
  const issued = explicit.issued ?? take('issued', (iso) => (explicit.year === undefined || yearOf(iso) <= explicit.year) && (!explicit.period || iso <= explicit.period.end));
  const areaCode = explicit.areaCode ?? take('areaCode', () => true);
  let today = explicit.today;
  let todaySkip: TodaySkip | undefined;
  if (today === undefined) {
    const clock = options.clockToday;
    if (clock === undefined) todaySkip = { reason: 'noToday' };
    else if (!period) todaySkip = { reason: 'noPeriod' };
    else if (clock < period.start || clock > period.end) todaySkip = { reason: 'todayOutsidePeriod', today: clock };
    else today = clock;
  }
  const settings: Settings = {
    ...explicit,
    ...(year !== undefined ? { year } : {}),
    ...(period ? { period } : {}),
    ...(issued ? { issued } : {}),
    ...(areaCode ? { areaCode } : {}),
    ...(today ? { today } : {}),
  };
  const todayFrom = explicit.today !== undefined ? 'settings' : today !== undefined ? 'clock' : undefined;
  return { settings, inferred: used, ...(todaySkip ? { todaySkip } : {}), ...(todayFrom ? { todayFrom } : {}) };
}
