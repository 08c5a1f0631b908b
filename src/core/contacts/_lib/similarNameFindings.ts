import { makeFinding, type Finding } from '../../findings/finding';
import { namesDifferByOneCharacter } from '../personName';
import type { ContactCell, ContactUnit, PlacedEntry } from './contactUnits';
import { byPosition, otherCellRef } from './crossRowFindings';

/**
 * Two-character names differ by one character far too often between real,
 * different people (`赵媛`/`赵宇` sit side by side in seed 002's roster), so
 * NAME_SIMILAR looks at names of three or four characters only.
 */
const MIN_SIMILAR_LENGTH = 3;

/** Distinct phones a sighting keeps: past this many, a name is shared by many people and its phones prove nothing. */
const MAX_PHONES = 32;

/** Where a person's name first appears, and the tables, rosters and phones it appears with. */
interface NameSighting {
  readonly name: string;
  first: ContactCell;
  readonly tables: string[];
  readonly rosters: string[];
  readonly phones: string[];
  /** The tables, sorted and joined: names with the same signature appear in exactly the same tables. */
  signature: string;
}

const addOnce = (list: string[], item: string, max = Infinity): void => {
  if (list.length < max && !list.includes(item)) list.push(item);
};

/** Names of three characters or more, with where they appear; and the pairs of them written in one cell. */
function sightings(units: readonly ContactUnit[]): { all: NameSighting[]; together: Set<string> } {
  const byName = new Map<string, NameSighting>();
  const together = new Set<string>();
  for (const unit of units) {
    const named: PlacedEntry[] = [];
    for (const placed of unit.entries) {
      const name = placed.entry.name;
      if (placed.entry.kind !== 'person' || name === undefined || codePointLength(name) < MIN_SIMILAR_LENGTH) continue;
      named.push(placed);
      let s = byName.get(name);
      if (s === undefined) {
        s = { name, first: placed.nameCell, tables: [], rosters: [], phones: [], signature: '' };
        byName.set(name, s);
      } else if (byPosition(placed.nameCell, s.first) < 0) {
        s.first = placed.nameCell;
      }
      addOnce(s.tables, unit.tableKey);
      if (unit.tableKind === 'roster') addOnce(s.rosters, unit.tableKey);
      for (const phone of placed.entry.phones) if (phone.classification.kind !== 'invalid') addOnce(s.phones, phone.classification.formatted, MAX_PHONES);
    }
    // Names written in one cell are two people (`杨爱民、原天义`).
    for (let i = 0; i < named.length; i += 1) {
      for (let j = i + 1; j < named.length; j += 1) {
        if (named[i].nameCell === named[j].nameCell) together.add(pairKey(named[i].entry.name ?? '', named[j].entry.name ?? ''));
      }
    }
  }
  const all = [...byName.values()];
  for (const s of all) s.signature = s.tables.length === 1 ? s.tables[0] : [...s.tables].sort().join('\u0001');
  return { all, together };
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0001${b}` : `${b}\u0001${a}`);

function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdbff) length += 1;
  }
  return length;
}

const meetIn = (a: readonly string[], b: readonly string[]): boolean => a.some((x) => b.includes(x));

/** Facts that show two similar names are two people. */
function differentPeople(a: NameSighting, b: NameSighting, together: ReadonlySet<string>): boolean {
  if (a.signature === b.signature || together.has(pairKey(a.name, b.name)) || meetIn(a.rosters, b.rosters)) return true;
  // Both reachable, on different numbers (`黄克平 18639927111`, `黄爱平 15839253120`).
  return a.phones.length > 0 && b.phones.length > 0 && !meetIn(a.phones, b.phones);
}

/** The keys a name is bucketed under: its length and each position left out (`3:*春仙`, `3:邓*仙`, `3:邓春*`). */
function bucketKeys(name: string): string[] {
  const chars = name.length === codePointLength(name) ? name.split('') : [...name];
  return chars.map((_, i) => `${chars.length}:${chars.slice(0, i).join('')}*${chars.slice(i + 1).join('')}`);
}

/**
 * NAME_SIMILAR across the whole workbook: people's names that differ in one
 * character (`邓春仙`/`邓春先`, `娄明杰`/`姜明杰`), reported once per pair on the
 * later name's first cell. Names written together in one cell, both in one
 * roster (a roster lists each member once), or found in exactly the same
 * tables (`张海彦`/`张海华`, two units' contacts in one plan) are taken for
 * different people: the slip this rule is after is one person spelled two
 * ways in different tables (seed 002's roster and task tables). Two names
 * that both carry phone numbers, none in common, are two people as well.
 * Padded and unpadded forms are one name; collective words and titles never
 * take part. Names are bucketed by "all but one position" so a workbook of
 * thousands of names is not compared pair by pair, and a workbook whose names
 * all come from the same tables is not bucketed at all.
 */
export function similarNameFindings(units: readonly ContactUnit[]): Finding[] {
  // Names that all come from one table all have the same tables: none can be reported.
  if (units.every((unit) => unit.tableKey === units[0].tableKey)) return [];
  const { all, together } = sightings(units);
  if (all.every((s) => s.signature === all[0].signature)) return [];
  const buckets = new Map<string, NameSighting[]>();
  for (const s of all) {
    for (const key of bucketKeys(s.name)) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(s);
      else buckets.set(key, [s]);
    }
  }
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const group of buckets.values()) {
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        if (group[i].signature === group[j].signature) continue;
        const [earlier, later] = byPosition(group[i].first, group[j].first) <= 0 ? [group[i], group[j]] : [group[j], group[i]];
        const pair = `${earlier.name}|${later.name}`;
        if (reported.has(pair) || !namesDifferByOneCharacter(earlier.name, later.name)) continue;
        if (differentPeople(earlier, later, together)) continue;
        reported.add(pair);
        findings.push(makeFinding('NAME_SIMILAR', later.first.sheet, later.first.address,
          { name: later.name, otherName: earlier.name, otherCell: otherCellRef(later.first, earlier.first) }));
      }
    }
  }
  return findings;
}
