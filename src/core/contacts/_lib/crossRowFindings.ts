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

/** How many distinct earlier values a group keeps to compare with: enough to find one that differs. */
const REPRESENTATIVES = 3;

/**
 * Reports each later use at most once, against the earliest earlier use that
 * `differs` from it, and each pair of values once. `key` groups the uses that
 * may clash; `value` is what must differ (the name, or the number). Linear in
 * the number of uses: a group keeps only the first use of a few distinct
 * values, so a name written with a thousand numbers gives at most a thousand findings, not half a million.
 */
function pairFindings(uses: readonly PhoneUse[], key: (u: PhoneUse) => string, value: (u: PhoneUse) => string,
  differs: (a: PhoneUse, b: PhoneUse) => string | undefined, report: (later: PhoneUse, earlier: PhoneUse) => Finding): Finding[] {
  // Most keys are seen once: a group is the use itself until a second one comes.
  const groups = new Map<string, PhoneUse | PhoneUse[]>();
  const reported = new Set<string>();
  const findings: Finding[] = [];
  for (const use of uses) {
    const k = key(use);
    const known = groups.get(k);
    if (known === undefined) {
      groups.set(k, use);
      continue;
    }
    const group = Array.isArray(known) ? known : [known];
    if (group !== known) groups.set(k, group);
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
  }
  return findings;
}

/** PHONE_SHARED: one mobile number written for different people (DOMAIN §2: almost always a copy error). */
function sharedPhoneFindings(uses: readonly PhoneUse[]): Finding[] {
  return pairFindings(uses, (u) => u.phone, (u) => u.name,
    (a, b) => (a.name === b.name ? undefined : `${a.phone}|${[a.name, b.name].sort().join('|')}`),
    (later, earlier) => makeFinding('PHONE_SHARED', later.cell.sheet, later.cell.address,
      { phone: later.phone, name: later.name, otherName: earlier.name, otherCell: otherCellRef(later.cell, earlier.cell) }));
}

/** Two numbers of one length that differ in at most two digits: one typed for the other (a slip, a swap). */
export function lookLikeOneNumber(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let differences = 0;
  for (let i = 0; i < a.length && differences <= 2; i += 1) if (a.charCodeAt(i) !== b.charCodeAt(i)) differences += 1;
  return differences <= 2;
}

/** The uses of each name, in workbook order; a name used once is the use itself. */
function usesByName(uses: readonly PhoneUse[]): Map<string, PhoneUse | PhoneUse[]> {
  const byName = new Map<string, PhoneUse | PhoneUse[]>();
  for (const use of uses) {
    const known = byName.get(use.name);
    if (known === undefined) byName.set(use.name, use);
    else if (Array.isArray(known)) known.push(use);
    else byName.set(use.name, [known, use]);
  }
  return byName;
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
 * city-wide roster), and reporting each would bury the real slips. Like `pairFindings`, within
 * one name: each later use against the first of a few earlier numbers it clashes with, each
 * pair of numbers once.
 */
function multiplePhoneFindings(uses: readonly PhoneUse[]): Finding[] {
  const findings: Finding[] = [];
  for (const group of usesByName(uses).values()) {
    if (!Array.isArray(group)) continue;
    const distinct = distinctPhones(group);
    if (distinct < 2) continue;
    const clash = (a: PhoneUse, b: PhoneUse): boolean =>
      a.phone !== b.phone && a.entryId !== b.entryId && (distinct === 2 || lookLikeOneNumber(a.phone, b.phone));
    const representatives: PhoneUse[] = [];
    const reported = new Set<string>();
    for (const use of group) {
      const earlier = representatives.find((other) => clash(use, other));
      if (earlier !== undefined) {
        const pair = use.phone < earlier.phone ? `${use.phone}|${earlier.phone}` : `${earlier.phone}|${use.phone}`;
        if (!reported.has(pair)) {
          reported.add(pair);
          findings.push(makeFinding('PERSON_MULTIPLE_PHONES', use.cell.sheet, use.cell.address,
            { name: use.name, phone: use.phone, otherPhone: earlier.phone, otherCell: otherCellRef(use.cell, earlier.cell) }));
        }
      }
      if (representatives.length < REPRESENTATIVES && !representatives.some((o) => o.phone === use.phone)) representatives.push(use);
    }
  }
  return findings;
}

/** PHONE_SHARED and PERSON_MULTIPLE_PHONES over the mobiles `addMobileUses` gathered. */
export function crossRowFindings(uses: PhoneUse[]): Finding[] {
  const ordered = inWorkbookOrder(uses);
  return [...sharedPhoneFindings(ordered), ...multiplePhoneFindings(ordered)];
}
