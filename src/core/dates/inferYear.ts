import type { Grid } from '../grid/grid';
import type { Settings } from '../settings';
import { fromIsoDate } from './calendarDay';
import { findDocumentDate } from './findDocumentDate';
import { normalizeDeadlineText } from './_lib/normalizeDeadlineText';

/** Where the campaign year was found, most trusted first. */
export type YearOrigin = 'settings' | 'period' | 'title' | 'document' | 'none';

export interface InferredYear {
  readonly year?: number;
  readonly source: YearOrigin;
  /** The text or cell the year was read from (`2025年度…`, `通知!A51`). */
  readonly evidence?: string;
}

/** What a year may be read from. */
export interface YearSources {
  readonly settings?: Pick<Settings, 'year' | 'period'>;
  /** The table's title (`晋城市城市管理局 2024 年度联点共建活动安排表`). */
  readonly title?: string;
  /** Sheets to search for the notice's date, nearest first (the table's own sheet, then the others). */
  readonly grids?: readonly Grid[];
}

const TITLE_YEAR = /((?:19|20)\d{2})年/;

/**
 * The year for phrases that do not write one (`6月5日前`), in this order:
 * the `year` setting; the campaign period's year when it lies within one year;
 * a year in the table title (`2025年度…`, `2024年全年`, `二〇二四年…`); the
 * notice's own date (`2020年5月27日` at its foot); else none, and the result
 * says so, so checks that need a calendar can stay silent instead of guessing.
 *
 * @example inferYear({ title: '晋城市城市管理局 2024 年度联点共建活动安排表' }) // { year: 2024, source: 'title', … }
 */
export function inferYear(sources: YearSources): InferredYear {
  const { settings, title, grids = [] } = sources;
  if (settings?.year !== undefined) return { year: settings.year, source: 'settings' };
  if (settings?.period) {
    const start = fromIsoDate(settings.period.start).year;
    if (start === fromIsoDate(settings.period.end).year) return { year: start, source: 'period', evidence: `${settings.period.start}/${settings.period.end}` };
  }
  const inTitle = title === undefined ? undefined : TITLE_YEAR.exec(normalizeDeadlineText(title));
  if (inTitle) return { year: Number(inTitle[1]), source: 'title', evidence: title };
  for (const grid of grids) {
    const date = findDocumentDate(grid);
    if (date) return { year: date.day.year, source: 'document', evidence: `${date.sheet}!${date.cell}` };
  }
  return { source: 'none' };
}
