import { sheetReference } from '../../grid/a1';
import { makeFinding, type Finding } from '../../findings/finding';
import type { ContactCell, ContactUnit, PlacedEntry } from './contactUnits';

/** A person's mobile number where it was written. */
interface PhoneUse {
  readonly entryId: number;
  readonly name: string;
  readonly phone: string;
  readonly cell: ContactCell;
}

/** Workbook order of two cells: sheet, then row, then column. */
export const byPosition = (a: ContactCell, b: ContactCell): number => a.sheetIndex - b.sheetIndex || a.row - b.row || a.col - b.col;

/** `E27` on the same sheet, `附件1!E27` on another. */
export function otherCellRef(at: ContactCell, other: ContactCell): string {
  return at.sheet === other.sheet ? other.address : sheetReference(other.sheet, other.address);
}

const isPerson = (p: PlacedEntry): boolean => p.entry.kind === 'person' && p.entry.name !== undefined;

/**
 * Mobiles written for people, in workbook order. Landlines are left out on
 * purpose: colleagues share an office phone, so a shared landline is normal.
 */
function mobileUses(units: readonly ContactUnit[]): PhoneUse[] {
  const uses = units.flatMap((unit) => unit.entries.filter(isPerson).flatMap((p) => p.entry.phones
    .filter((phone) => phone.classification.kind === 'mobile')
    .map((phone) => ({ entryId: p.id, name: p.entry.name ?? '', phone: phone.classification.formatted, cell: p.phoneCell }))));
  return uses.sort((a, b) => byPosition(a.cell, b.cell));
}

/** How many distinct earlier values a group keeps to compare with: enough to find one that differs. */
const REPRESENTATIVES = 3;

/**
 * Reports each later use at most once, against the earliest earlier use that
 * `differs` from it, and each pair of values once. `key` groups the uses that
 * may clash; `value` is what must differ (the name, or the number). Linear in
 * the number of uses: a group keeps only the first use of a few distinct
 * values, so a name written with a thousand numbers gives a thousand findings, not half a million.
 */
function pairFindings(uses: readonly PhoneUse[], key: (u: PhoneUse) => string, value: (u: PhoneUse) => string,
  differs: (a: PhoneUse, b: PhoneUse) => string | undefined, report: (later: PhoneUse, earlier: PhoneUse) => Finding): Finding[] {
  const groups = new Map<string, PhoneUse[]>();
  const reported = new Set<string>();
  const findings: Finding[] = [];
  for (const use of uses) {
    const group = groups.get(key(use)) ?? [];
    for (const other of group) {
      const pair = differs(use, other);
      if (pair === undefined) continue;
      if (!reported.has(pair)) {
        reported.add(pair);
        findings.push(report(use, other));
      }
      break;
    }
    if (group.length < REPRESENTATIVES && !group.some((o) => value(o) === value(use))) group.push(use);
    groups.set(key(use), group);
  }
  return findings;
}

/** PHONE_SHARED: one mobile number written for different people (DOMAIN §2: almost always a copy error). */
export function sharedPhoneFindings(units: readonly ContactUnit[]): Finding[] {
  return pairFindings(mobileUses(units), (u) => u.phone, (u) => u.name,
    (a, b) => (a.name === b.name ? undefined : `${a.phone}|${[a.name, b.name].sort().join('|')}`),
    (later, earlier) => makeFinding('PHONE_SHARED', later.cell.sheet, later.cell.address,
      { phone: later.phone, name: later.name, otherName: earlier.name, otherCell: otherCellRef(later.cell, earlier.cell) }));
}

/** PERSON_MULTIPLE_PHONES: one name with different mobiles in different cells (two numbers in one cell are deliberate). */
export function multiplePhoneFindings(units: readonly ContactUnit[]): Finding[] {
  return pairFindings(mobileUses(units), (u) => u.name, (u) => u.phone,
    (a, b) => (a.phone === b.phone || a.entryId === b.entryId ? undefined : `${a.name}|${[a.phone, b.phone].sort().join('|')}`),
    (later, earlier) => makeFinding('PERSON_MULTIPLE_PHONES', later.cell.sheet, later.cell.address,
      { name: later.name, phone: later.phone, otherPhone: earlier.phone, otherCell: otherCellRef(later.cell, earlier.cell) }));
}
