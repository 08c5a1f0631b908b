import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { fixedLineParts, landlineReason } from './_lib/areaCodes';
import { LANDLINE_LENGTHS, LOCAL_NUMBER, MOBILE_LENGTH, MOBILE_SECOND_DIGITS, SERVICE_NUMBERS } from './_lib/phoneVocabulary';

export type PhoneKind = 'mobile' | 'landline' | 'service' | 'invalid' | 'ambiguous-local';

/** The finding a phone deserves on its own, if any (cross-row findings come later). */
export type PhoneIssue = 'PHONE_INVALID' | 'PHONE_UNALLOCATED' | 'PHONE_NO_AREA_CODE' | 'PHONE_LEADING_ZERO_LOST';

/** What a phone number is, by China's numbering plan and libphonenumber's `max` metadata. */
export interface PhoneClassification {
  readonly kind: PhoneKind;
  /** The digits as written, separators removed (`0392-3311234` → `03923311234`). */
  readonly digits: string;
  /** `+8613939263117`, for mobiles, landlines and 400/800 numbers. */
  readonly e164?: string;
  /** The conventional way to write it: `13939263117`, `0392-3311234`, `400-123-4567`, `12345`. */
  readonly formatted: string;
  readonly issue?: PhoneIssue;
  /** Why it is invalid, in Chinese (`位数不对（手机号应为 11 位，这里是 12 位）`). */
  readonly reason?: string;
  /** What it probably should be (`0392-3311234`), for PHONE_NO_AREA_CODE and PHONE_LEADING_ZERO_LOST. */
  readonly suggested?: string;
}

export interface ClassifyPhoneOptions {
  /** The workbook's area code (Settings.areaCode), `0392`; suggested for numbers written without one. */
  readonly areaCode?: string;
}

const invalid = (digits: string, reason: string): PhoneClassification =>
  ({ kind: 'invalid', digits, formatted: digits, issue: 'PHONE_INVALID', reason });

/**
 * Whether a mobile's range is allocated. libphonenumber's CN mobile pattern
 * (`1(?:610\d|740[0-5])\d{6}|1(?:[38]\d|4[57]|…)\d{8}`) decides on the first five digits at
 * most, the rest being `\d`, so the answer is kept per 5-digit prefix: parsing costs tens of
 * microseconds, and a city's numbers share a few thousand prefixes at most. The tests check
 * every prefix from 13000 to 19999 against libphonenumber with several endings.
 */
/** Per 5-digit prefix (as a number, 0–99,999): 0 not yet known, 1 allocated, 2 not. No string is built per phone. */
const allocationByPrefix = new Uint8Array(100_000);

/** Digits of a mobile that decide whether its range is allocated. */
export const ALLOCATION_PREFIX_LENGTH = 5;

export function isAllocatedMobile(digits: string): boolean {
  let prefix = 0;
  for (let i = 0; i < ALLOCATION_PREFIX_LENGTH; i += 1) {
    const digit = digits.charCodeAt(i) - 48;
    // Not five ASCII digits: ask libphonenumber, uncached.
    if (!(digit >= 0 && digit <= 9)) return parsePhoneNumberFromString(digits, 'CN')?.isValid() ?? false;
    prefix = prefix * 10 + digit;
  }
  let known = allocationByPrefix[prefix];
  if (known === 0) {
    known = parsePhoneNumberFromString(digits, 'CN')?.isValid() ? 1 : 2;
    allocationByPrefix[prefix] = known;
  }
  return known === 1;
}

function classifyMobile(digits: string): PhoneClassification {
  if (digits.length !== MOBILE_LENGTH) return invalid(digits, `位数不对（手机号应为 11 位，这里是 ${digits.length} 位）`);
  if (!MOBILE_SECOND_DIGITS.test(digits)) return invalid(digits, `号段不存在（手机号以 13～19 开头，这里是 ${digits.slice(0, 2)} 开头）`);
  const e164 = `+86${digits}`;
  // Possible but not valid: a range the metadata does not list as allocated. New ranges
  // open every year, so this is a warning (DOMAIN §2), not an invalid number.
  if (!isAllocatedMobile(digits)) return { kind: 'mobile', digits, e164, formatted: digits, issue: 'PHONE_UNALLOCATED' };
  return { kind: 'mobile', digits, e164, formatted: digits };
}

function classifyLandline(digits: string): PhoneClassification {
  const parts = fixedLineParts(digits);
  if (parts) {
    // E.164 drops the national prefix 0 (`0392-3311234` → `+863923311234`).
    return { kind: 'landline', digits, e164: `+86${digits.slice(1)}`, formatted: `${parts.area}-${parts.local}` };
  }
  if (/^01[3-9]\d{9}$/.test(digits) && parsePhoneNumberFromString(digits.slice(1), 'CN')?.isValid()) {
    return { ...invalid(digits, '手机号前多了一个 0'), suggested: digits.slice(1) };
  }
  if (digits.length < LANDLINE_LENGTHS.min || digits.length > LANDLINE_LENGTHS.max) {
    return invalid(digits, `位数不对（固定电话应为 0＋区号＋7～8 位号码，这里共 ${digits.length} 位）`);
  }
  return invalid(digits, landlineReason(digits));
}

function normalizedAreaCode(areaCode: string | undefined): string | undefined {
  const digits = (areaCode ?? '').replace(/\D/g, '');
  if (digits.length < 2 || digits.length > 4) return undefined;
  return digits.startsWith('0') ? digits : `0${digits}`;
}

function classifyLocal(digits: string, options: ClassifyPhoneOptions): PhoneClassification {
  const area = normalizedAreaCode(options.areaCode);
  const withArea = area === undefined ? undefined : fixedLineParts(area + digits);
  const suggested = withArea ? `${withArea.area}-${withArea.local}` : `区号-${digits}`;
  return { kind: 'ambiguous-local', digits, formatted: digits, issue: 'PHONE_NO_AREA_CODE', suggested };
}

const ELEVEN_DIGITS_FROM_ONE = /^1[0-9]{10}$/;

/** Strips separators and an international prefix (`+86`, `0086`, `86` before a full number). */
function nationalDigits(text: string): string | undefined {
  const compact = text.replace(/[\s\-–—.()（）]/g, '');
  if (!/^\+?\d+$/.test(compact)) return undefined;
  const m = /^(?:\+86|0086)(\d+)$/.exec(compact);
  if (m) return m[1].startsWith('1') || m[1].startsWith('0') ? m[1] : `0${m[1]}`;
  if (/^861[3-9]\d{9}$/.test(compact)) return compact.slice(2);
  return compact.replace(/^\+/, '');
}

/**
 * Classifies one phone number as written (separators allowed).
 *
 * @example classifyPhone('13939263117') // → mobile
 * @example classifyPhone('0392-3311234') // → landline, formatted `0392-3311234`
 * @example classifyPhone('135696667405') // → invalid: `位数不对（手机号应为 11 位，这里是 12 位）`
 * @example classifyPhone('3311234', { areaCode: '0392' }) // → ambiguous-local, suggested `0392-3311234`
 * @example classifyPhone('12345') // → service
 */
export function classifyPhone(text: string, options: ClassifyPhoneOptions = {}): PhoneClassification {
  // Eleven bare digits starting with 1 (most phones in a sheet): no prefix, separator or service number applies.
  if (ELEVEN_DIGITS_FROM_ONE.test(text)) return classifyMobile(text);
  const digits = nationalDigits(text);
  if (digits === undefined || digits === '') return invalid(text.trim(), '含有数字以外的字符');
  const service = SERVICE_NUMBERS.find((s) => s.pattern.test(digits));
  if (service) {
    const long = /^[48]00\d{7}$/.test(digits);
    return long
      ? { kind: 'service', digits, e164: `+86${digits}`, formatted: `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}` }
      : { kind: 'service', digits, formatted: digits };
  }
  if (digits.startsWith('1')) return classifyMobile(digits);
  if (digits.startsWith('0')) return classifyLandline(digits);
  if (LOCAL_NUMBER.test(digits)) return classifyLocal(digits, options);
  // 9–11 digits without the 0: a landline that lost its leading zero, but only when the
  // restored number is a real fixed line (the digits prove the area code).
  const restored = digits.length >= 9 && digits.length <= 11 ? fixedLineParts(`0${digits}`) : undefined;
  if (restored) {
    return { kind: 'invalid', digits, formatted: digits, issue: 'PHONE_LEADING_ZERO_LOST', suggested: `${restored.area}-${restored.local}`, reason: '固定电话丢失了开头的 0' };
  }
  return invalid(digits, digits.length < 7 ? `位数太少（这里只有 ${digits.length} 位）` : '位数不对（既不是 11 位手机号，也不是 0＋区号的固定电话）');
}
