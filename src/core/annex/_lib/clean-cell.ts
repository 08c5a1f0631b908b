import { cleanOddCharacters } from '../../contacts/normalizeText';
import { readNumericPhone } from '../../contacts/readNumericPhone';
import { cellText } from '../../grid/cell-text';
import { isCellError, type CellValue } from '../../grid/grid';
import type { ColumnRole } from '../../recognize/table-kind';

/** What one annex cell holds: text, a number, or nothing. */
export type AnnexCell = string | number | null;

/** Roles that hold people's names: padded names are unpadded there (`郭  琳` → `郭琳`). */
const PERSON_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['name', 'person', 'contactName', 'contact', 'leader', 'responsible', 'gridStaff', 'role']);
/** Roles that hold phone numbers: a number there is turned back into the phone's text. */
const PHONE_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['phone', 'contact', 'gridStaff']);
/** Roles whose words a typist spaced out for alignment (`1 月`, `组 长:`). */
const SPACED_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['month', 'role']);

const HAN = '\\p{Script=Han}';
/**
 * A two-character name padded to three for alignment: one Han character,
 * spaces, one Han character, with no Han on either side (`郭  琳`, `组 长`).
 * `张三 李四` (two names) is left alone.
 */
const PADDED_PAIR = new RegExp(`(?<!${HAN})(${HAN})[ \\t]+(${HAN})(?!${HAN})`, 'gu');

/** Unpads two-character names inside a text. @example unpadNames('郭  琳13503921007') // → '郭琳13503921007' */
export function unpadNames(text: string): string {
  return text.replace(PADDED_PAIR, '$1$2');
}

/**
 * Tidies a text for print: odd characters (full-width digits, U+3000, U+00A0,
 * zero-width) replaced, each line trimmed, blank lines dropped (Word extraction
 * doubles them), line breaks kept. @example cleanText(' 廖鹏\n\n13982991270 ') // → '廖鹏\n13982991270'
 */
export function cleanText(text: string): string {
  return cleanOddCharacters(text.replace(/\r\n?/g, '\n'))
    .split('\n')
    .map((line) => line.replace(/\t/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * A title as printed: tidied, on one line, and without the spaces a PDF
 * extraction leaves between Chinese and digits (GB/T 9704 sets none):
 * `晋城市城市管理局 2024 年度联点共建活动安排表` → `晋城市城市管理局2024年度联点共建活动安排表`.
 */
export function cleanTitle(text: string): string {
  return cleanText(text).replace(/\n/g, '').replace(new RegExp(`(?<=${HAN}) +| +(?=${HAN})`, 'gu'), '');
}

/** A header as printed: every space and line break removed (`测  评  标  准` → `测评标准`, `测评\n项目` → `测评项目`). */
export function cleanHeader(text: string): string {
  return cleanOddCharacters(text).replace(/\s+/g, '');
}

function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/**
 * One source cell as the annex prints it: names unpadded, phones as text (a
 * number in a phone cell becomes `13939263117`, a landline that lost its 0
 * `0392-3311234`), dates `2020年6月30日`, multi-line text kept.
 */
export function annexCellValue(role: ColumnRole, value: CellValue, format?: string, areaCode?: string): AnnexCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (PHONE_ROLES.has(role)) return readNumericPhone(value, format, areaCode ? { areaCode } : {}).phone;
    return value;
  }
  if (value instanceof Date) return dateText(value);
  if (isCellError(value) || typeof value === 'boolean') return cellText(value);
  let text = cleanText(value);
  if (PERSON_ROLES.has(role)) text = unpadNames(text);
  if (SPACED_ROLES.has(role)) text = text.replace(/\s+/g, '').replace(/[:：]$/, '');
  return text === '' ? null : text;
}
