import { cellAt, type Grid } from '../grid/grid';
import type { Finding } from '../findings/finding';
import type { RecognizedTable } from '../recognize/recognized-table';
import type { LevelThreshold, Rubric, RubricCategory, RubricItem } from './rubric';
import { LEVEL_VOCABULARY } from './rubricVocabulary';
import { interpretItem } from './_lib/interpretItem';
import { normalizeText } from './_lib/normalizeText';
import { levelsInText, type WrittenLevel } from './_lib/parseLevels';
import { declaredFullScore } from './_lib/declaredFullScore';
import { addPoints } from './_lib/parsePoints';
import { categoryFindings, fullScoreFindings, itemFindings, thresholdFindings, type At } from './_lib/rubricChecks';
import type { CategoryRow } from './_lib/categoryLevels';
import { rubricRows, type ItemRow } from './_lib/rubricRows';

export interface ExtractedRubric {
  readonly rubric: Rubric;
  /** RUBRIC_SUM_MISMATCH, RUBRIC_POINTS_MISSING, THRESHOLD_ORDER. */
  readonly findings: readonly Finding[];
}

/** Every cell of a row joined, for note rows (`注：三星级文明小区80分以上；…`) split across cells. */
function rowText(grid: Grid, row: number, left: number, right: number): string {
  const parts: string[] = [];
  for (let col = left; col <= right; col += 1) parts.push(normalizeText(cellAt(grid, row, col)));
  return parts.filter(Boolean).join(' ');
}

/** True when the item lies in the category, directly or through a sub-category. */
function within(item: ItemRow, category: CategoryRow): boolean {
  for (let c = item.category; c; c = c.parent) if (c === category) return true;
  return false;
}

/** Item ids: the numbers the table writes when they are all there and distinct, else positions. */
function itemIds(numbers: readonly (string | undefined)[]): string[] {
  const written = numbers.filter((n): n is string => n !== undefined);
  const usable = written.length === numbers.length && new Set(written).size === written.length;
  return numbers.map((n, i) => (usable ? n! : String(i + 1)));
}

/**
 * Reads a recognised rubric table (评分标准, 测评表) into a `Rubric`: items and their
 * maxima (分值 column, else the points of the item's own label `II-1 党建工作（7分）`,
 * else `（5分）` or a closing `；3分` in the text), categories on one or two levels
 * (merged cells, blank "same as above" cells, or category rows such as
 * `一、联点共建情况 … 满分46分`) with the totals their labels state (`一、机制健全15分`,
 * `（总分24分）`), items whose lines are merged under one 序号 / 分值, bonus items
 * with increments and caps, option scoring, level thresholds from the note rows and
 * the title, and the full score (title, 合计 row, note, or the 说明 above the table).
 * Inconsistencies come back as findings.
 *
 * @example
 * // 鹤壁市星级文明小区评选标准 (seed 000): 15 items worth 97, a bonus capped at 3,
 * // levels 三星级 ≥ 80, 四星级 ≥ 90, 五星级 ≥ 95, below them 未达标.
 * const { rubric, findings } = extractRubric(table, grid);
 */
export function extractRubric(table: RecognizedTable, grid: Grid): ExtractedRubric {
  if (table.kind !== 'rubric') throw new Error(`extractRubric: expected a rubric table, got ${table.kind}`);
  if (grid.name !== table.sheet) throw new Error(`extractRubric: the table is on sheet "${table.sheet}", the grid is "${grid.name}"`);
  const sheet = table.sheet;
  const rows = rubricRows(table, grid);
  const ids = itemIds(rows.items.map((r) => r.number));
  const items: RubricItem[] = rows.items.map((r, i) => interpretItem(r, ids[i]));
  const itemAt = new Map(items.map((item, i) => [item.id, { row: rows.items[i].row, col: rows.items[i].col }]));

  const categories: RubricCategory[] = rows.categories.map((c) => {
    const members = items.filter((_, i) => within(rows.items[i], c));
    return {
      name: c.name,
      ...(c.declaredTotal === undefined ? {} : { declaredTotal: c.declaredTotal }),
      total: addPoints(members.map((m) => m.max ?? 0)),
      bonus: c.bonus || (members.length > 0 && members.every((m) => m.bonus)),
      itemIds: members.map((m) => m.id),
      row: c.row,
      ...(c.parent ? { parent: c.parent.name } : {}),
    };
  });
  const categoryAt = new Map(categories.map((c, i) => [c, { row: rows.categories[i].row, col: rows.categories[i].col }]));

  const title = table.title === undefined ? undefined : normalizeText(table.title);
  const notes = table.noteRows.map((row) => ({ row, text: rowText(grid, row, table.range.left, table.range.right) }));
  const sources = [...(title ? [{ row: table.titleRow ?? table.range.top, text: title }] : []), ...notes];
  const written: WrittenLevel[] = [];
  let below: string | undefined;
  let levelsAt: At = { row: table.titleRow ?? table.range.top, col: table.range.left };
  for (const source of sources) {
    const read = levelsInText(source.text);
    if (read.levels.length > 0 && written.length === 0) levelsAt = { row: source.row, col: table.range.left };
    for (const level of read.levels) if (!written.some((w) => w.label === level.label)) written.push(level);
    below ??= read.below;
  }
  const levels: LevelThreshold[] = [...written].sort((a, b) => a.min - b.min).map(({ label, min }) => ({ label, min }));
  const belowLabel = below ?? (levels[0] && LEVEL_VOCABULARY.belowFor[levels[0].label]) ?? LEVEL_VOCABULARY.defaultBelow;

  const baseTotal = addPoints(items.filter((i) => !i.bonus).map((i) => i.max ?? 0));
  const bonusTotal = addPoints(items.filter((i) => i.bonus).map((i) => i.max ?? 0));
  const full = declaredFullScore(grid, table, title, notes, rows.total);

  const findings: Finding[] = [
    ...itemFindings(sheet, items, (item) => itemAt.get(item.id)!),
    ...categoryFindings(sheet, categories, items, (c) => categoryAt.get(c)!),
    ...(full === undefined || items.some((i) => i.max === undefined) ? [] : fullScoreFindings(sheet, full.value, baseTotal, bonusTotal, full.at)),
    ...thresholdFindings(sheet, written, levelsAt),
  ];
  const rubric: Rubric = {
    sheet,
    ...(table.title === undefined ? {} : { title: table.title }),
    categories,
    items,
    levels,
    belowLabel,
    baseTotal,
    bonusTotal,
    ...(full === undefined ? {} : { declaredFullScore: full.value }),
    fullScore: full?.value ?? addPoints([baseTotal, bonusTotal]),
  };
  return { rubric, findings };
}
