import type { FindingCode } from './codes';
import type { FindingParams } from './finding';
import { describeSkippedCheck } from './messages.zh-CN';

/**
 * Why a check did not run: the setting it needs is neither given nor inferred from the workbook
 * (`noYear`, `noPeriod`, `noIssued`), no "today" was given (`noToday`: the CLI without `--today`),
 * or today lies outside the campaign period (`todayOutsidePeriod`: the pane checks an archived
 * notice as it stands, not as overdue).
 */
export type SkipReason = 'noYear' | 'noPeriod' | 'noIssued' | 'noToday' | 'todayOutsidePeriod';

/** Why there is no "today" to judge overdue and due-soon deadlines by, and the date that was refused. */
export interface TodaySkip {
  readonly reason: Extract<SkipReason, 'noToday' | 'noPeriod' | 'todayOutsidePeriod'>;
  /** The host's date (`2026-11-21`) when it lay outside the period. */
  readonly today?: string;
}

/** A check that did not run, and why: data, with its Chinese message from the one message table. */
export interface SkippedCheck {
  /** The finding code the check would have reported. */
  readonly check: FindingCode;
  readonly reason: SkipReason;
  readonly message: string;
  /** The facts behind the message (`{ count: 9 }` yearless deadlines, `{ today, period }`). */
  readonly params?: FindingParams;
}

/** @example makeSkippedCheck('DATE_OUTSIDE_PERIOD', 'noPeriod') // { check, reason, message: '未检查时限是否超出活动期间：没有活动期间…' } */
export function makeSkippedCheck(check: FindingCode, reason: SkipReason, params?: FindingParams): SkippedCheck {
  const message = describeSkippedCheck(check, reason, params ?? {});
  return params === undefined ? { check, reason, message } : { check, reason, message, params };
}
