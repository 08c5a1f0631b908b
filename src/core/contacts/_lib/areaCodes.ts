import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * Facts about a Chinese area code, read from libphonenumber's metadata by
 * probing: the JS port exposes validity, not its list of area codes. An area
 * code exists when typical local numbers under it are valid fixed lines, and
 * its local length (7 or 8 digits; 郑州 0371 and 成都 028 use 8, 鹤壁 0392 uses 7)
 * is the length those probes need.
 */
export interface AreaCodeFacts {
  readonly exists: boolean;
  readonly localLengths: readonly number[];
}

const PROBES: Readonly<Record<7 | 8, readonly string[]>> = {
  7: ['2221234', '3311234', '5551234', '6661234', '8881234'],
  8: ['22212345', '66651234', '88881234', '55551234', '26651234'],
};

const cache = new Map<string, AreaCodeFacts>();

/**
 * The area code group of a valid CN fixed line in national format (`0392 331 1234` → `0392`).
 * libphonenumber's CN fixed-line patterns decide on the area code, the first digits of the local
 * number and the length (the last four digits are always `\d`), and parsing costs a hundred
 * microseconds or more, so the answer is kept per number-less-its-last-four-digits and length.
 * A test compares it with the uncached reading for every area code with random local numbers.
 */
export function fixedLineParts(digits: string): { area: string; local: string } | undefined {
  if (digits.length < SHORTEST_CACHED) return readFixedLineParts(digits);
  const key = `${digits.length}:${digits.slice(0, -DECIDED_BEFORE_LAST)}`;
  let areaLength = areaLengthByPrefix.get(key);
  if (areaLength === undefined) {
    areaLength = readFixedLineParts(digits)?.area.length ?? 0;
    areaLengthByPrefix.set(key, areaLength);
  }
  return areaLength === 0 ? undefined : { area: digits.slice(0, areaLength), local: digits.slice(areaLength) };
}

/** Trailing digits that never decide a CN fixed line's validity or area code. */
const DECIDED_BEFORE_LAST = 4;
/** 0 + a 2-digit area code + 7 digits: shorter digits are read uncached. */
const SHORTEST_CACHED = 10;
const areaLengthByPrefix = new Map<string, number>();

/** `fixedLineParts` without the cache: what libphonenumber says of these digits. */
export function readFixedLineParts(digits: string): { area: string; local: string } | undefined {
  const parsed = parsePhoneNumberFromString(digits, 'CN');
  if (!parsed || !parsed.isValid()) return undefined;
  const type = parsed.getType();
  if (type !== 'FIXED_LINE' && type !== 'FIXED_LINE_OR_MOBILE') return undefined;
  const [area, ...rest] = parsed.formatNational().split(' ');
  if (!area.startsWith('0') || `${area}${rest.join('')}` !== digits) return undefined;
  return { area, local: rest.join('') };
}

/** What the metadata says about `area` (`0392`, `028`); cached. */
export function areaCodeFacts(area: string): AreaCodeFacts {
  const known = cache.get(area);
  if (known) return known;
  const localLengths = ([7, 8] as const).filter((length) =>
    PROBES[length].some((local) => fixedLineParts(area + local)?.area === area));
  const facts = { exists: localLengths.length > 0, localLengths };
  cache.set(area, facts);
  return facts;
}

/**
 * Why a 0-led number is not a valid landline, in Chinese. Tries the 3- and
 * 4-digit area codes the digits could start with.
 *
 * @example landlineReason('03712345678') // → '号码位数与区号 0371 不符（该区号下为 8 位号码）'
 */
export function landlineReason(digits: string): string {
  for (const areaLength of [4, 3]) {
    const area = digits.slice(0, areaLength);
    const facts = areaCodeFacts(area);
    if (!facts.exists) continue;
    const local = digits.slice(areaLength);
    if (!facts.localLengths.includes(local.length)) {
      return `号码位数与区号 ${area} 不符（该区号下为 ${facts.localLengths.join('或')} 位号码）`;
    }
    return `区号 ${area} 下没有这样的号码（号段不存在）`;
  }
  return `区号 ${digits.slice(0, 4)} 不存在`;
}
