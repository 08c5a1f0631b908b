import { isCellError, type CellValue } from './grid';

/**
 * The text a user sees for a cell value, without any number formatting:
 * `13939263117` → `13939263117`, a Date → `2020-06-30`, `#REF!` → `#REF!`, empty → ``.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    // Integers print in full (a phone stored as a number must not turn into 1.39e10 here).
    return Number.isInteger(value) ? value.toFixed(0) : String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    return value.toISOString().slice(0, 10);
  }
  if (isCellError(value)) return value.error;
  return '';
}

/** True when the cell holds nothing a user could see (empty, or only spaces of any width). */
export function isBlankValue(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return /^[\s\u3000\u00a0\u200b-\u200d\u2060\ufeff]*$/.test(value);
  return false;
}

const SPACES = /[\s\u3000\u00a0]+/g;
const HAS_SPACE = /[\s\u3000\u00a0]/;

/**
 * The text with every space removed, full-width and non-breaking ones included: how names
 * (`郭  琳`) and table cells are compared. A text without spaces comes back as it is.
 *
 * @example removeSpaces('郭　 琳') // → '郭琳'
 */
export function removeSpaces(text: string): string {
  return HAS_SPACE.test(text) ? text.replace(SPACES, '') : text;
}

/**
 * True for text of printable ASCII, CJK Unified Ideographs and line breaks only. Such text holds
 * no full-width form, special space or invisible character, and is its own NFKC normal form:
 * the contact and notice rules skip their character-by-character work for it.
 */
export function isPlainText(text: string): boolean {
  return PLAIN_TEXT.test(text);
}

const PLAIN_TEXT = /^[\x20-\x7e\u4e00-\u9fff\n\r]*$/;
