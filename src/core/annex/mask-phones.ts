/**
 * Masking personal mobile numbers for publication (信息公开, DOMAIN §2):
 * keep the first 3 and last 4 digits, `13939263117` → `139****3117`.
 *
 * A mobile is a run of 11 digits starting 13–19 (optionally `+86`, or split
 * 3-4-4 by a space or hyphen). Office landlines start with 0 (`0392-3311234`)
 * and service numbers (`12345`, `400-…`) never match, so they stay. A 12-digit
 * run starting 13–19 is a mistyped mobile (`135696667405`): it is masked too,
 * because publishing it still exposes the person. Digits must be ASCII: the
 * annex cleaner turns full-width digits (`１３９…`) into ASCII first.
 */
const MOBILE = /(?<![0-9])(\+?86[ -]?)?(1[3-9][0-9])([ -]?)([0-9]{4})\3([0-9]{4,5})(?![0-9])/g;

export interface MaskResult {
  readonly text: string;
  /** How many numbers were masked. */
  readonly masked: number;
}

/**
 * @example maskPhones('郭小倩13939263117') // → { text: '郭小倩139****3117', masked: 1 }
 * @example maskPhones('韩旭：153 7867 3897') // → { text: '韩旭：153 **** 3897', masked: 1 }
 * @example maskPhones('0392-3311234') // → { text: '0392-3311234', masked: 0 }
 */
export function maskPhones(text: string): MaskResult {
  let masked = 0;
  const out = text.replace(MOBILE, (_all, prefix: string | undefined, head: string, sep: string, middle: string, tail: string) => {
    masked++;
    // A 12-digit typo keeps its last 4 digits too; every digit in between is hidden.
    const hidden = '*'.repeat(middle.length + tail.length - 4);
    const last = tail.slice(-4);
    return sep ? `${prefix ?? ''}${head}${sep}${hidden}${sep}${last}` : `${prefix ?? ''}${head}${hidden}${last}`;
  });
  return { text: out, masked };
}

/** Every unmasked mobile in a text (11 digits starting 13–19), for tests and a final safety check. */
export function findRawMobiles(text: string): string[] {
  return (text.match(/(?<![0-9])1[3-9][0-9]{9}(?![0-9])/g) ?? []);
}
