import { Option, type Command } from 'commander';
import type { Settings } from '../core/settings';
import { UsageError } from './usage-error';

/** The settings flags every checking command takes (DOMAIN §7). */
export function addSettingsOptions(command: Command): Command {
  return command
    .addOption(new Option('--year <年份>', '活动年份，用于没有写年份的时限（如“6月30日前”）'))
    .addOption(new Option('--period <起/止>', '活动期间，如 2020-05-01/2020-12-31'))
    .addOption(new Option('--issued <日期>', '发文日期，如 2020-05-27'))
    .addOption(new Option('--today <日期>', '以哪一天为“今天”判断逾期与即将到期（不指定则不做这项检查）'))
    .addOption(new Option('--area-code <区号>', '本地电话区号，如 0392'));
}

export interface SettingsFlags {
  readonly year?: string;
  readonly period?: string;
  readonly issued?: string;
  readonly today?: string;
  readonly areaCode?: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoDate(flag: string, text: string): string {
  const m = ISO_DATE.exec(text.trim());
  if (!m) throw new UsageError(`${flag} 应为 年-月-日 格式，如 2020-05-27，收到“${text}”`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new UsageError(`${flag} 的日期“${text}”不存在`);
  }
  return m[0];
}

/** Turns the flags into Settings, refusing malformed values with a Chinese UsageError. */
export function settingsFromFlags(flags: SettingsFlags): Settings {
  const settings: { -readonly [K in keyof Settings]: Settings[K] } = {};
  if (flags.year !== undefined) {
    const year = Number(flags.year);
    if (!/^\d{4}$/.test(flags.year.trim()) || year < 1949 || year > 2100) throw new UsageError(`--year 应为四位年份，如 2020，收到“${flags.year}”`);
    settings.year = year;
  }
  if (flags.period !== undefined) {
    const parts = flags.period.split('/');
    if (parts.length !== 2) throw new UsageError(`--period 应写作 起始日期/结束日期，如 2020-05-01/2020-12-31，收到“${flags.period}”`);
    const start = isoDate('--period', parts[0]);
    const end = isoDate('--period', parts[1]);
    if (start > end) throw new UsageError(`--period 的起始日期 ${start} 晚于结束日期 ${end}`);
    settings.period = { start, end };
  }
  if (flags.issued !== undefined) settings.issued = isoDate('--issued', flags.issued);
  // No default: an archived notice checked years later would fill up with DATE_OVERDUE.
  if (flags.today !== undefined) settings.today = isoDate('--today', flags.today);
  if (flags.areaCode !== undefined) {
    if (!/^0\d{2,3}$/.test(flags.areaCode.trim())) throw new UsageError(`--area-code 应为 0 开头的 3～4 位区号，如 0392，收到“${flags.areaCode}”`);
    settings.areaCode = flags.areaCode.trim();
  }
  return settings;
}
