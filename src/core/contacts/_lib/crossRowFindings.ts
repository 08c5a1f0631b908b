import { sheetReference } from '../../grid/a1';
import { makeFinding, type Finding } from '../../findings/finding';
import type { ContactCell, ContactUnit, PlacedEntry } from './contactUnits';

/** A person's mobile number where it was written. */
export interface PhoneUse {
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
 * Adds a unit's mobiles written for people to `uses`. Landlines are left out on
 * purpose: colleagues share an office phone, so a shared landline is normal.
 */
export function addMobileUses(unit: ContactUnit, uses: PhoneUse[]): void {
  for (const placed of unit.entries) {
    if (!isPerson(placed)) continue;
    for (const phone of placed.entry.phones) {
      if (phone.classification.kind === 'mobile') uses.push({ entryId: placed.id, name: placed.entry.name ?? '', phone: phone.classification.formatted, cell: placed.phoneCell });
    }
  }
}

/** Uses in workbook order. Units come in table order, which is workbook order unless tables overlap or interleave. */
function inWorkbookOrder(uses: PhoneUse[]): PhoneUse[] {
  const ordered = uses.every((use, i) => i === 0 || byPosition(uses[i - 1].cell, use.cell) <= 0);
  return ordered ? uses : [...uses].sort((a, b) => byPosition(a.cell, b.cell));
}

/** How many distinct earlier values a group keeps to compare with: enough to find one that clashes. */
const REPRESENTATIVES = 3;

/** The uses of each key (a number, a name), in workbook order; a key used once is the use itself. */
function groupUses(uses: readonly PhoneUse[], key: (u: PhoneUse) => string): Map<string, PhoneUse | PhoneUse[]> {
  const groups = new Map<string, PhoneUse | PhoneUse[]>();
  for (const use of uses) {
    const k = key(use);
    const known = groups.get(k);
    if (known === undefined) groups.set(k, use);
    else if (Array.isArray(known)) known.push(use);
    else groups.set(k, [known, use]);
  }
  return groups;
}

/**
 * Within one group (the uses of one number, or of one name), in workbook order: reports each
 * later use at most once, against the earliest earlier use it `clashes` with, and each pair of
 * values once; `value` is what differs between them (the name, or the number). Linear in the
 * group's size: it keeps only the first use of a few distinct values, so a name written with a
 * thousand numbers gives at most a thousand findings, not half a million.
 */
function clashesWithin(group: readonly PhoneUse[], value: (u: PhoneUse) => string, clashes: (later: PhoneUse, earlier: PhoneUse) => boolean,
  report: (later: PhoneUse, earlier: PhoneUse) => Finding): Finding[] {
  const representatives: PhoneUse[] = [];
  const reported = new Set<string>();
  const findings: Finding[] = [];
  for (const use of group) {
    const earlier = representatives.find((other) => clashes(use, other));
    if (earlier !== undefined) {
      const [x, y] = [value(use), value(earlier)].sort();
      const pair = `${x}\u0001${y}`;
      if (!reported.has(pair)) {
        reported.add(pair);
        findings.push(report(use, earlier));
      }
    }
    if (representatives.length < REPRESENTATIVES && !representatives.some((o) => value(o) === value(use))) representatives.push(use);
  }
  return findings;
}

/** PHONE_SHARED: one mobile number written for different people (DOMAIN §2: almost always a copy error). */
function sharedPhoneFindings(uses: readonly PhoneUse[]): Finding[] {
  const findings: Finding[] = [];
  for (const group of groupUses(uses, (u) => u.phone).values()) {
    if (!Array.isArray(group)) continue;
    findings.push(...clashesWithin(group, (u) => u.name, (a, b) => a.name !== b.name,
      (later, earlier) => makeFinding('PHONE_SHARED', later.cell.sheet, later.cell.address,
        { phone: later.phone, name: later.name, otherName: earlier.name, otherCell: otherCellRef(later.cell, earlier.cell) })));
  }
  return findings;
}

/** Two numbers of one length that differ in at most two digits: one typed for the other (a slip, a swap). */
export function lookLikeOneNumber(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let differences = 0;
  for (let i = 0; i < a.length && differences <= 2; i += 1) if (a.charCodeAt(i) !== b.charCodeAt(i)) differences += 1;
  return differences <= 2;
}

/** How many distinct numbers a name's uses have, counted up to three. */
function distinctPhones(group: readonly PhoneUse[]): number {
  const phones: string[] = [];
  for (const use of group) {
    if (!phones.includes(use.phone)) phones.push(use.phone);
    if (phones.length === 3) break;
  }
  return phones.length;
}

/**
 * PERSON_MULTIPLE_PHONES: one name with different mobiles in different cells (two numbers in
 * one cell are deliberate). Reported when the numbers look like one number mistyped (at most
 * two digits apart), or when the name has exactly two numbers in the workbook. A name with
 * three or more unrelated numbers is a common name shared by different people (张伟, 王芳 in a
 * city-wide roster), and reporting each would bury the real slips.
 */
function multiplePhoneFindings(uses: readonly PhoneUse[]): Finding[] {
  const findings: Finding[] = [];
  for (const group of groupUses(uses, (u) => u.name).values()) {
    if (!Array.isArray(group)) continue;
    const distinct = distinctPhones(group);
    if (distinct < 2) continue;
    findings.push(...clashesWithin(group, (u) => u.phone,
      (a, b) => a.phone !== b.phone && a.entryId !== b.entryId && (distinct === 2 || lookLikeOneNumber(a.phone, b.phone)),
      (later, earlier) => makeFinding('PERSON_MULTIPLE_PHONES', later.cell.sheet, later.cell.address,
        { name: later.name, phone: later.phone, otherPhone: earlier.phone, otherCell: otherCellRef(later.cell, earlier.cell) })));
  }
  return findings;
}

/** PHONE_SHARED and PERSON_MULTIPLE_PHONES over the mobiles `addMobileUses` gathered. */
export function crossRowFindings(uses: PhoneUse[]): Finding[] {
  const ordered = inWorkbookOrder(uses);
  return [...sharedPhoneFindings(ordered), ...multiplePhoneFindings(ordered)];
}
