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

const byPosition = (a: ContactCell, b: ContactCell): number => a.sheetIndex - b.sheetIndex || a.row - b.row || a.col - b.col;

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

/**
 * Reports each pair once, on the later use, against the earliest earlier use
 * that `differs` from it. `key` groups the uses that may clash.
 */
function pairFindings(uses: readonly PhoneUse[], key: (u: PhoneUse) => string, differs: (a: PhoneUse, b: PhoneUse) => string | undefined,
  report: (later: PhoneUse, earlier: PhoneUse) => Finding): Finding[] {
  const seen = new Map<string, PhoneUse[]>();
  const reported = new Set<string>();
  const findings: Finding[] = [];
  for (const use of uses) {
    const earlier = seen.get(key(use)) ?? [];
    for (const other of earlier) {
      const pair = differs(use, other);
      if (pair === undefined || reported.has(pair)) continue;
      reported.add(pair);
      findings.push(report(use, other));
    }
    seen.set(key(use), [...earlier, use]);
  }
  return findings;
}

/** PHONE_SHARED: one mobile number written for different people (DOMAIN §2: almost always a copy error). */
export function sharedPhoneFindings(units: readonly ContactUnit[]): Finding[] {
  return pairFindings(mobileUses(units), (u) => u.phone,
    (a, b) => (a.name === b.name ? undefined : `${a.phone}|${[a.name, b.name].sort().join('|')}`),
    (later, earlier) => makeFinding('PHONE_SHARED', later.cell.sheet, later.cell.address,
      { phone: later.phone, name: later.name, otherName: earlier.name, otherCell: otherCellRef(later.cell, earlier.cell) }));
}

/** PERSON_MULTIPLE_PHONES: one name with different mobiles in different cells (two numbers in one cell are deliberate). */
export function multiplePhoneFindings(units: readonly ContactUnit[]): Finding[] {
  return pairFindings(mobileUses(units), (u) => u.name,
    (a, b) => (a.phone === b.phone || a.entryId === b.entryId ? undefined : `${a.name}|${[a.phone, b.phone].sort().join('|')}`),
    (later, earlier) => makeFinding('PERSON_MULTIPLE_PHONES', later.cell.sheet, later.cell.address,
      { name: later.name, phone: later.phone, otherPhone: earlier.phone, otherCell: otherCellRef(later.cell, earlier.cell) }));
}
