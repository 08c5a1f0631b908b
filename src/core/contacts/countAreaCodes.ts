import { cellAddress } from '../grid/a1';
import type { WorkbookGrids } from '../grid/grid';
import { classifyPhone } from './classifyPhone';
import { normalizeText } from './normalizeText';
import { fixedLineParts } from './_lib/areaCodes';
import { contactTokens } from './_lib/contactTokens';

/** One area code among a workbook's landlines: how many carry it, and the first that does. */
export interface AreaCodeCount {
  /** `0392`, `028`. */
  readonly areaCode: string;
  readonly count: number;
  readonly sheet: string;
  readonly cell: string;
  /** The text of that first cell: `郑国梁 0392-3311235`. */
  readonly text: string;
}

/**
 * A cell can hold a landline with its area code only if a 0 that no digit precedes is followed by two
 * more digits: most phone cells hold mobiles (`18503920260`), which this passes over cheaply.
 */
const MAY_HOLD_LANDLINE = /(?:^|\D)0\d{2}/;

/**
 * The area codes of the landlines a workbook lists (`0392-3311234`, `(0356)2221234`,
 * `03923311234`), most common first (ties: the first seen). Mobiles, 400/800 numbers, service
 * numbers and local numbers without an area code say nothing about it and are not counted;
 * neither are numbers stored as numbers, whose leading 0 is gone. Each distinct number counts once,
 * however often it is listed.
 *
 * @example countAreaCodes(workbook) // [{ areaCode: '0392', count: 3, sheet: '附件1', cell: 'E8', text: '郑国梁 0392-3311235' }]
 */
export function countAreaCodes(workbook: WorkbookGrids): AreaCodeCount[] {
  const counts = new Map<string, { first: Omit<AreaCodeCount, 'count'>; numbers: Set<string> }>();
  for (const grid of workbook.sheets) {
    grid.values.forEach((row, r) => row.forEach((value, c) => {
      if (typeof value !== 'string' || !MAY_HOLD_LANDLINE.test(value)) return;
      for (const token of contactTokens(normalizeText(value).text)) {
        if (token.type !== 'phone') continue;
        const phone = classifyPhone(token.text);
        if (phone.kind !== 'landline') continue;
        const areaCode = fixedLineParts(phone.digits)?.area;
        if (!areaCode) continue;
        const entry = counts.get(areaCode) ?? { first: { areaCode, sheet: grid.name, cell: cellAddress(r, c), text: value.trim() }, numbers: new Set<string>() };
        entry.numbers.add(phone.digits);
        counts.set(areaCode, entry);
      }
    }));
  }
  // A Map keeps insertion order and the sort is stable: equal counts stay in order of first sight.
  return [...counts.values()].map(({ first, numbers }) => ({ ...first, count: numbers.size })).sort((a, b) => b.count - a.count);
}
