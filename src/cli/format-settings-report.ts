import { describeSkippedChecks } from '../core/findings/messages.zh-CN';
import type { SkippedCheck } from '../core/findings/skipped-check';
import { INFERABLE_SETTINGS, type CampaignPeriod, type InferableSetting, type InferredSettings, type SettingEvidence } from '../core/settings';

const SETTING_NAMES_ZH: Readonly<Record<InferableSetting, string>> = { year: '年份', period: '活动期间', issued: '发文日期', areaCode: '区号' };
const SETTING_FLAGS: Readonly<Record<InferableSetting, string>> = { year: '--year', period: '--period', issued: '--issued', areaCode: '--area-code' };

/** Cell texts can be whole paragraphs: the readable line quotes the start. */
const QUOTE_LENGTH = 24;

const quote = (text: string): string => (text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text);

function valueText(setting: InferableSetting, value: SettingEvidence<unknown>['value']): string {
  if (setting !== 'period') return String(value);
  const period = value as CampaignPeriod;
  return `${period.start} 至 ${period.end}`;
}

const where = (e: SettingEvidence<unknown>): string => `“${e.sheet}”!${e.cell} ${quote(e.text)}`;

/**
 * What was inferred and from where, as one Chinese line, then one line per conflict:
 * `从工作簿推断：年份 2020（“通知”!A1 鹤创文办〔2020〕5号），活动期间 2020-05-01 至 2020-12-31（“通知”!A8 2020年5月至12月）…`.
 * Nothing when nothing was inferred.
 */
export function formatInferredSettings(inferred: InferredSettings): string[] {
  const present = INFERABLE_SETTINGS.filter((s) => inferred[s] !== undefined);
  if (present.length === 0) return [];
  const parts = present.map((s) => `${SETTING_NAMES_ZH[s]} ${valueText(s, inferred[s]!.value)}（${where(inferred[s]!)}）`);
  const lines = [`从工作簿推断：${parts.join('，')}；可用 ${present.map((s) => SETTING_FLAGS[s]).join('、')} 改写。`];
  for (const s of present) {
    for (const other of inferred[s]!.conflicts ?? []) {
      lines.push(`  注意：${SETTING_NAMES_ZH[s]}另有 ${valueText(s, other.value)}（${where(other)}），与所取的 ${valueText(s, inferred[s]!.value)} 不一致，请核对`);
    }
  }
  return lines;
}

/** The checks that did not run under a heading, one line per reason; nothing when every check ran. */
export function formatSkippedChecks(skipped: readonly SkippedCheck[]): string[] {
  return skipped.length === 0 ? [] : ['未运行的检查：', ...describeSkippedChecks(skipped).map((line) => `  ${line.text}`)];
}
