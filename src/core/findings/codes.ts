/**
 * The stable finding codes (DOMAIN §6). They are public interface, like a
 * linter's rule ids: new codes may be added, existing ones keep their meaning.
 */

export type Severity = 'error' | 'warning' | 'info';

/** Every code with its default severity. A rule may lower or raise it for one case. */
export const FINDING_CODES = {
  // contacts
  PHONE_INVALID: 'error',
  PHONE_MISSING: 'warning',
  PHONE_STORED_AS_NUMBER: 'warning',
  PHONE_LEADING_ZERO_LOST: 'error',
  PHONE_NO_AREA_CODE: 'warning',
  PHONE_UNALLOCATED: 'warning',
  PHONE_SHARED: 'error',
  PERSON_MULTIPLE_PHONES: 'warning',
  NAME_MISSING: 'warning',
  NAME_SPACING: 'info',
  NAME_SIMILAR: 'warning',
  TEXT_ODD_CHARACTERS: 'warning',
  EMAIL_INVALID: 'error',
  // dates
  DATE_UNPARSED: 'warning',
  DATE_NONEXISTENT: 'error',
  DATE_RANGE_REVERSED: 'error',
  DATE_OUTSIDE_PERIOD: 'warning',
  DATE_BEFORE_ISSUE: 'warning',
  DATE_ON_HOLIDAY: 'info',
  DATE_OVERDUE: 'warning',
  DATE_DUE_SOON: 'info',
  DATE_YEAR_UNSUPPORTED: 'warning',
  SCHEDULE_MONTH_MISSING: 'warning',
  SCHEDULE_MONTH_DUPLICATE: 'warning',
  PHASE_GAP: 'warning',
  PHASE_OVERLAP: 'warning',
  // tables
  COUNT_MISMATCH: 'error',
  HEADER_REPEATED: 'info',
  DUPLICATE_ROW: 'warning',
  ROW_SHARED_DETAILS: 'warning',
  CELL_ERROR: 'error',
  SHEET_PROTECTED: 'info',
  SHEET_TRUNCATED: 'warning',
  // rubrics and scores
  RUBRIC_SUM_MISMATCH: 'error',
  RUBRIC_POINTS_MISSING: 'warning',
  SCORE_OVER_MAX: 'error',
  SCORE_NEGATIVE: 'error',
  SCORE_NOT_NUMBER: 'error',
  THRESHOLD_ORDER: 'error',
  // annexes
  ANNEX_TITLE_MISMATCH: 'warning',
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_CODES;

export function isFindingCode(code: string): code is FindingCode {
  return Object.prototype.hasOwnProperty.call(FINDING_CODES, code);
}
