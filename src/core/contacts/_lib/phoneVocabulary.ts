/**
 * Numbering facts that libphonenumber's metadata does not carry: short
 * service numbers (it has no short-number data in the JS port) and the
 * mobile second digits of China's numbering plan (工信部《电信网编号计划》:
 * mobiles are 13x–19x; 10x, 11x and 12x are service or reserved ranges).
 */

/** A kind of service number, recognised by its whole digit string. */
export interface ServiceNumberRule {
  readonly pattern: RegExp;
  /** Chinese name of the kind, kept for the pane's tooltip. */
  readonly label: string;
}

export const SERVICE_NUMBERS: readonly ServiceNumberRule[] = [
  { pattern: /^(110|112|119|120|122)$/, label: '紧急服务号码' },
  { pattern: /^114$/, label: '查号台' },
  { pattern: /^12[0-9]{3}$/, label: '公共服务热线' },
  { pattern: /^100[0-9]{2}$/, label: '运营商客服号码' },
  { pattern: /^9[56][0-9]{3,6}$/, label: '企业客服号码' },
  { pattern: /^[48]00[0-9]{7}$/, label: '400/800 服务号码' },
];

/** Second digits that a mobile number may have (13x … 19x). */
export const MOBILE_SECOND_DIGITS = /^1[3-9]/;

/** Digits of a mobile number. */
export const MOBILE_LENGTH = 11;

/** Local (subscriber) numbers are 7 or 8 digits and never start with 0 or 1. */
export const LOCAL_NUMBER = /^[2-9][0-9]{6,7}$/;

/** 0 + area code (2–3 digits after the 0) + 7–8 digits: 10 to 12 digits in all. */
export const LANDLINE_LENGTHS = { min: 10, max: 12 } as const;
