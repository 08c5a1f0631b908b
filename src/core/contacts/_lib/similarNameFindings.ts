import { makeFinding, type Finding } from '../../findings/finding';
import { namesDifferByOneCharacter } from '../personName';
import type { ContactCell, ContactUnit } from './contactUnits';
import { byPosition, otherCellRef } from './crossRowFindings';

/**
 * Two-character names differ by one character far too often between real,
 * different people (`赵媛`/`赵宇` sit side by side in seed 002's roster), so
 * NAME_SIMILAR looks at names of three or four characters only.
 */
const MIN_SIMILAR_LENGTH = 3;

/** Where a person's name first appears, and the cells and rosters it appears in. */
interface NameSighting {
  readonly name: string;
  first: ContactCell;
  readonly cells: Set<string>;
  readonly tables: Set<string>;
  readonly rosters: Set<string>;
  readonly phones: Set<string>;
}

const cellKey = (c: ContactCell): string => `${c.sheetIndex}!${c.address}`;

function sightings(units: readonly ContactUnit[]): NameSighting[] {
  const byName = new Map<string, NameSighting>();
  for (const unit of units) {
    for (const placed of unit.entries) {
      const name = placed.entry.name;
      if (placed.entry.kind !== 'person' || name === undefined || [...name].length < MIN_SIMILAR_LENGTH) continue;
      const known = byName.get(name);
      const s = known ?? { name, first: placed.nameCell, cells: new Set<string>(), tables: new Set<string>(), rosters: new Set<string>(), phones: new Set<string>() };
      if (known && byPosition(placed.nameCell, known.first) < 0) known.first = placed.nameCell;
      s.cells.add(cellKey(placed.nameCell));
      s.tables.add(unit.tableKey);
      for (const phone of placed.entry.phones) if (phone.classification.kind !== 'invalid') s.phones.add(phone.classification.formatted);
      if (unit.tableKind === 'roster') s.rosters.add(unit.tableKey);
      byName.set(name, s);
    }
  }
  return [...byName.values()];
}

const meetIn = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].some((x) => b.has(x));
const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size === b.size && [...a].every((x) => b.has(x));

/** Facts that show two similar names are two people. */
function differentPeople(a: NameSighting, b: NameSighting): boolean {
  if (meetIn(a.cells, b.cells) || meetIn(a.rosters, b.rosters) || sameSet(a.tables, b.tables)) return true;
  // Both reachable, on different numbers (`黄克平 18639927111`, `黄爱平 15839253120`).
  return a.phones.size > 0 && b.phones.size > 0 && !meetIn(a.phones, b.phones);
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
 * thousands of names is not compared pair by pair.
 */
export function similarNameFindings(units: readonly ContactUnit[]): Finding[] {
  const all = sightings(units);
  const buckets = new Map<string, NameSighting[]>();
  for (const s of all) {
    const chars = [...s.name];
    chars.forEach((_, i) => {
      const key = `${chars.length}:${chars.slice(0, i).join('')}*${chars.slice(i + 1).join('')}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(s);
      else buckets.set(key, [s]);
    });
  }
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const group of buckets.values()) {
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        const [earlier, later] = byPosition(group[i].first, group[j].first) <= 0 ? [group[i], group[j]] : [group[j], group[i]];
        const pair = `${earlier.name}|${later.name}`;
        if (reported.has(pair) || !namesDifferByOneCharacter(earlier.name, later.name)) continue;
        if (differentPeople(earlier, later)) continue;
        reported.add(pair);
        findings.push(makeFinding('NAME_SIMILAR', later.first.sheet, later.first.address,
          { name: later.name, otherName: earlier.name, otherCell: otherCellRef(later.first, earlier.first) }));
      }
    }
  }
  return findings;
}
