import type { Settings } from '../../core/settings';
import type { PaneStrings } from '../strings';

/** The 设置 form as typed: every field a string, empty meaning "not set". */
export interface SettingsForm {
  readonly year: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly issued: string;
  readonly today: string;
  readonly areaCode: string;
  readonly dueSoonDays: string;
}

export type SettingsFormErrors = Partial<Record<keyof SettingsForm, string>>;

export function formFromSettings(settings: Settings): SettingsForm {
  return {
    year: settings.year === undefined ? '' : String(settings.year),
    periodStart: settings.period?.start ?? '',
    periodEnd: settings.period?.end ?? '',
    issued: settings.issued ?? '',
    today: settings.today ?? '',
    areaCode: settings.areaCode ?? '',
    dueSoonDays: settings.dueSoonDays === undefined ? '' : String(settings.dueSoonDays),
  };
}

/**
 * A typed date as ISO `yyyy-mm-dd`, or undefined: `2020-06-30`, `2020/6/30`,
 * `2020.6.30`, `2020年6月30日` are all accepted, and the day must exist
 * (`2020-06-31` does not).
 */
export function parseDateInput(text: string): string | undefined {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Checks the form and builds Settings from it. Dates are `yyyy-mm-dd`; an area
 * code is 0 plus 2–3 digits (`0392`, `028`); the period needs both ends, in order.
 */
export function validateSettingsForm(form: SettingsForm, strings: PaneStrings): { settings?: Settings; errors: SettingsFormErrors } {
  const errors: SettingsFormErrors = {};
  const t = strings.settings;
  const trimmed = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, v.trim()])) as unknown as Record<keyof SettingsForm, string>;
  if (trimmed.year && !(/^\d{4}$/.test(trimmed.year) && Number(trimmed.year) >= 2000 && Number(trimmed.year) <= 2100)) errors.year = t.invalidYear;
  for (const field of ['periodStart', 'periodEnd', 'issued', 'today'] as const) {
    if (!trimmed[field]) continue;
    const iso = parseDateInput(trimmed[field]);
    if (iso) trimmed[field] = iso;
    else errors[field] = t.invalidDate;
  }
  if (!errors.periodStart && !errors.periodEnd) {
    if (Boolean(trimmed.periodStart) !== Boolean(trimmed.periodEnd)) errors[trimmed.periodStart ? 'periodEnd' : 'periodStart'] = t.invalidDate;
    else if (trimmed.periodStart && trimmed.periodEnd < trimmed.periodStart) errors.periodEnd = t.invalidPeriod;
  }
  if (trimmed.areaCode && !/^0\d{2,3}$/.test(trimmed.areaCode)) errors.areaCode = t.invalidAreaCode;
  if (trimmed.dueSoonDays && !(/^\d{1,3}$/.test(trimmed.dueSoonDays) && Number(trimmed.dueSoonDays) <= 365)) errors.dueSoonDays = t.invalidDays;
  if (Object.keys(errors).length > 0) return { errors };
  const settings: Settings = {
    ...(trimmed.year ? { year: Number(trimmed.year) } : {}),
    ...(trimmed.periodStart ? { period: { start: trimmed.periodStart, end: trimmed.periodEnd } } : {}),
    ...(trimmed.issued ? { issued: trimmed.issued } : {}),
    ...(trimmed.today ? { today: trimmed.today } : {}),
    ...(trimmed.areaCode ? { areaCode: trimmed.areaCode } : {}),
    ...(trimmed.dueSoonDays ? { dueSoonDays: Number(trimmed.dueSoonDays) } : {}),
  };
  return { settings, errors };
}
