import type { ClassifyPhoneOptions } from './classifyPhone';
import { parseContactCell, type ContactEntry } from './parseContactCell';

/** Which of the two cells a part of an entry was read from. */
export type SplitSide = 'name' | 'phone';

/** An entry read from a name cell and a phone cell of one row, with where its name and phones were written. */
export interface SplitContactEntry {
  readonly entry: ContactEntry;
  readonly nameIn: SplitSide;
  readonly phonesIn: SplitSide;
}

const isSomeone = (e: ContactEntry): boolean => e.kind === 'person' || e.kind === 'role';

/**
 * Pairs a 联系人 cell with a 联系电话 cell of the same row. Names without a
 * number and numbers without a name are paired in order when their counts
 * match (`张三、李四` + `13939263117、13838383838`); otherwise every number goes
 * to the first name (`张三、李四` + `0392-3311234`: an office phone). A phone
 * cell that names its own people (`韩旭：15378673897`) keeps them. Never throws.
 *
 * @example parseSplitContact('郭  琳', '13503921007') // → [{ entry: 郭琳 with 13503921007, nameIn: 'name', phonesIn: 'phone' }]
 */
export function parseSplitContact(nameText: string, phoneText: string, options: ClassifyPhoneOptions = {}): SplitContactEntry[] {
  const named = parseContactCell(nameText, options);
  const fromPhoneCell = parseContactCell(phoneText, options);
  const people = named.filter((e) => isSomeone(e) && e.phones.length === 0);
  const bare = fromPhoneCell.filter((e) => e.kind === 'none');
  const phones = bare.flatMap((e) => e.phones);
  const emails = bare.flatMap((e) => e.emails);
  const zip = people.length > 1 && people.length === phones.length;
  const given = people.length > 0 && (phones.length > 0 || emails.length > 0);
  const result: SplitContactEntry[] = named.map((entry) => {
    const index = people.indexOf(entry);
    if (!given || index < 0 || (!zip && index > 0)) return { entry, nameIn: 'name', phonesIn: 'name' };
    const own = zip ? { phones: [phones[index]], emails: index === 0 ? emails : [] } : { phones, emails };
    return { entry: { ...entry, ...own }, nameIn: 'name', phonesIn: 'phone' };
  });
  for (const entry of fromPhoneCell) {
    if (entry.kind !== 'none' || !given) result.push({ entry, nameIn: 'phone', phonesIn: 'phone' });
  }
  return result;
}
