import type { CheckContext, WorkbookRule } from '../check/check-context';
import { makeFinding, sortFindings, type Finding } from '../findings/finding';
import { cellFindings } from './_lib/cellFindings';
import { countContactTables, forEachContactRow, type ContactUnit } from './_lib/contactUnits';
import { addMobileUses, crossRowFindings, type PhoneUse } from './_lib/crossRowFindings';
import { similarNameFindings } from './_lib/similarNameFindings';

/** PHONE_MISSING and NAME_MISSING: a person without a number where the column asks for one, a number without a name. */
function pairingFindings(unit: ContactUnit): Finding[] {
  const findings: Finding[] = [];
  for (const { entry } of unit.entries) {
    const someone = entry.kind === 'person' || entry.kind === 'role';
    if (unit.expectsPhone && someone && entry.phones.length === 0 && entry.emails.length === 0) {
      findings.push(makeFinding('PHONE_MISSING', unit.phoneCell.sheet, unit.phoneCell.address, { name: entry.name ?? '' }));
    }
    if (unit.expectsName && entry.kind === 'none' && entry.phones.length > 0) {
      findings.push(makeFinding('NAME_MISSING', unit.nameCell.sheet, unit.nameCell.address, { phone: entry.phones.map((p) => p.text).join('、') }));
    }
  }
  return findings;
}

/**
 * The contacts rule (DOMAIN §2, §6). For every recognised table with
 * contact-bearing columns (联系人及电话, 联系人 + 联系电话, 姓名, 责任人,
 * 分管领导, 网格员…) it reports, per cell: PHONE_INVALID, PHONE_UNALLOCATED,
 * PHONE_NO_AREA_CODE, PHONE_STORED_AS_NUMBER, PHONE_LEADING_ZERO_LOST,
 * NAME_SPACING, TEXT_ODD_CHARACTERS, EMAIL_INVALID; per row: PHONE_MISSING,
 * NAME_MISSING; across the workbook: PHONE_SHARED (one mobile, different
 * people), PERSON_MULTIPLE_PHONES and NAME_SIMILAR. Cell values of any type
 * are accepted; it never throws on data.
 *
 * @example checkContacts({ workbook, tables, settings: { areaCode: '0392' } })
 * // → [{ sheet: '附件1', cell: 'E113', code: 'PHONE_INVALID', message: '电话号码“135696667405”无效：位数不对（手机号应为 11 位，这里是 12 位）', … }]
 */
export const checkContacts: WorkbookRule = (context: CheckContext): Finding[] => {
  const options = { areaCode: context.settings.areaCode };
  // Row by row, keeping only what the workbook-wide rules need: the mobiles, and the units
  // themselves only when names can be compared across tables.
  const findings: Finding[] = [];
  const uses: PhoneUse[] = [];
  const acrossTables = countContactTables(context) > 1;
  const units: ContactUnit[] = [];
  forEachContactRow(context, (rowUnits, newCells) => {
    for (const cell of newCells) findings.push(...cellFindings(cell, options));
    for (const unit of rowUnits) {
      findings.push(...pairingFindings(unit));
      addMobileUses(unit, uses);
      if (acrossTables) units.push(unit);
    }
  });
  findings.push(...crossRowFindings(uses), ...similarNameFindings(units));
  return sortFindings(findings, context.workbook.sheets.map((s) => s.name));
};
