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
