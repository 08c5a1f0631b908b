/** Units a title counts in (`（淇滨区46个）`, `（共6家）`), as in recognize/title-text.ts. */
const COUNT_UNIT = '(?:个|家|名|处|项|人|条|所|户|支)';

/**
 * Sets the count a title declares to the real number of rows:
 * `文明单位结对社区共建活动计划表（淇滨区46个）` with 45 rows → `…（淇滨区45个）`.
 * Returns the title unchanged when it declares nothing or the count is right.
 */
export function fixDeclaredCount(title: string, declared: number | undefined, actual: number): string {
  if (declared === undefined || declared === actual) return title;
  const pattern = new RegExp(`(?<![0-9])${declared}(?=\\s*${COUNT_UNIT})`);
  return title.replace(pattern, String(actual));
}

const TRAILING_BRACKETS = /[（(][^（）()]*[）)]$/;

/**
 * The title several tables of one sheet share: each district's table of seed
 * 000 is `文明单位结对社区共建活动计划表（淇滨区46个）`, `…（山城区34个）`, … and
 * together they are `文明单位结对社区共建活动计划表`. One table keeps its own title;
 * titles that differ otherwise give the first.
 */
export function commonTitle(titles: readonly string[]): string | undefined {
  if (titles.length <= 1) return titles[0];
  const stems = titles.map((t) => t.replace(TRAILING_BRACKETS, '').trim());
  return stems.every((s) => s === stems[0]) && stems[0] !== '' ? stems[0] : titles[0];
}
