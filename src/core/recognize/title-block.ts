import { cellText } from '../grid/cell-text';
import type { Grid } from '../grid/grid';
import type { RowProfile } from './_lib/row-profile';
import { isFormLine } from './form-line';
import { declaredCount, NOTE_START, parseAnnexLabel, TITLE_WORDS } from './title-text';

/** What stands above a header: `附件1`, the title, form lines such as `单位名称:`. */
export interface TitleBlock {
  /** The topmost row of the block (the header row itself when nothing stands above). */
  readonly firstRow: number;
  readonly annexNumber?: number;
  readonly title?: string;
  readonly titleRow?: number;
  readonly declaredCount?: number;
}

/** How far above a header the recogniser looks for its label and title. */
const MAX_LINES_ABOVE = 5;

/**
 * Reads the single-cell lines above `headerRow` (down to `lowerBound`): the
 * annex label, and as title the nearest line that reads like one.
 */
export function readTitleBlock(grid: Grid, profiles: readonly RowProfile[], headerRow: number, lowerBound: number): TitleBlock {
  const lines: { row: number; text: string }[] = [];
  for (let row = headerRow - 1; row >= lowerBound && lines.length < MAX_LINES_ABOVE; row--) {
    const profile = profiles[row];
    if (profile.filled.length === 0) continue;
    // `社区名称：…  自评得分：  分` between the title and the header: skipped, not a title.
    if (profile.filled.length > 1 && isFormLine(grid, row, profile)) continue;
    if (profile.filled.length > 1) break;
    const text = cellText(grid.values[row][profile.filled[0]]).replace(/\s*\n\s*/g, '').trim();
    if (NOTE_START.test(text)) break;
    lines.push({ row, text });
  }
  if (lines.length === 0) return { firstRow: headerRow };

  let annexNumber: number | undefined;
  let labelRest = '';
  let labelRow = -1;
  for (const line of lines) {
    const label = parseAnnexLabel(line.text);
    if (label) { annexNumber = label.number; labelRest = label.rest; labelRow = line.row; break; }
  }
  // Lines between the label and the header belong to this table; above the label, to what came before.
  const own = labelRow >= 0 ? lines.filter((l) => l.row >= labelRow) : lines;
  const candidates = own.filter((l) => l.row !== labelRow && !/[:：]$/.test(l.text) && l.text.length <= 80);
  const titled = candidates.find((l) => TITLE_WORDS.test(l.text)) ?? (labelRow >= 0 ? candidates[candidates.length - 1] : undefined);
  const title = titled?.text ?? (labelRest || undefined);
  const titleRow = titled?.row ?? (labelRest ? labelRow : undefined);
  const firstRow = Math.min(...own.map((l) => l.row).concat(titled ? [titled.row] : []));
  const onlyTitleRows = labelRow >= 0 || titled ? firstRow : headerRow;
  const count = title === undefined ? undefined : declaredCount(title);
  return {
    firstRow: onlyTitleRows,
    ...(annexNumber === undefined ? {} : { annexNumber }),
    ...(title === undefined ? {} : { title, titleRow }),
    ...(count === undefined ? {} : { declaredCount: count }),
  };
}
