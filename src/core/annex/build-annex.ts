import type { EditPlan } from '../edit-plan/edit-plan';
import type { Grid, WorkbookGrids } from '../grid/grid';
import type { RecognizedTable } from '../recognize/recognized-table';
import { cleanTitle } from './_lib/clean-cell';
import { sourceKindOf, type AnnexKind } from './annex-kind';
import type { AnnexLayout } from './annex-layout';
import { annexPlan } from './annex-plan';
import { chooseAnnexSheet } from './annex-sheet-name';
import type { AnnexTable } from './annex-table';
import { templateTable } from './annex-template';
import { layoutAnnex } from './layout-annex';
import { maskPhones } from './mask-phones';
import type { FontSetName } from './official-format';
import { readAnnexTable } from './read-annex-table';
import { scoreEntriesFromTable, summarizeScores, type ScoreEntry, type ScoreLevel, type ScoreSummaryOptions } from './score-summary';

/** Where an annex's rows come from. */
export type AnnexSource =
  /** Recognised tables of one kind on one sheet (seed 000's three districts on `附件1`). */
  | { readonly type: 'tables'; readonly grid: Grid; readonly tables: readonly RecognizedTable[] }
  /** A blank template: headers and `rows` empty rows. */
  | { readonly type: 'template'; readonly kind: AnnexKind; readonly rows?: number }
  /** Plain scores, for a score summary. */
  | { readonly type: 'scores'; readonly entries: readonly ScoreEntry[]; readonly summary?: ScoreSummaryOptions };

export interface AnnexOptions {
  /** `附件N`; defaults to the source's own label, else 1. */
  readonly number?: number;
  /** Replaces the title (the source's, or the template's). */
  readonly title?: string;
  /** Masks personal mobiles for publication: `139****3117`; landlines stay. */
  readonly maskPhones?: boolean;
  /** `installed` (宋体/仿宋/黑体, the default) or `official` (方正小标宋简体/仿宋_GB2312/黑体). */
  readonly fonts?: FontSetName;
  /** The workbook the annex is added to, so the sheet name never clobbers the user's data. */
  readonly workbook?: WorkbookGrids;
  /** The workbook's area code, for landlines typed as numbers. */
  readonly areaCode?: string;
  /** Levels of a score summary; the star levels of DOMAIN §4.4 by default. */
  readonly levels?: readonly ScoreLevel[];
}

export interface AnnexResult {
  readonly plan: EditPlan;
  readonly layout: AnnexLayout;
}

/**
 * Builds an annex (附件) in the official format (GB/T 9704-2012, DOMAIN §5):
 * cleans the source rows, lays the table out on a sheet `附件N` and returns
 * the edit plan that writes it, with the layout as data.
 *
 * @example buildAnnex({ type: 'tables', grid, tables }, { number: 1, maskPhones: true }).layout.sheet // '附件1（整理）'
 * @example buildAnnex({ type: 'template', kind: 'roster' }).layout.title // '工作领导小组成员名单'
 */
export function buildAnnex(source: AnnexSource, options: AnnexOptions = {}): AnnexResult {
  if (options.number !== undefined && (!Number.isInteger(options.number) || options.number < 1 || options.number > 999)) {
    throw new RangeError(`annex number must be an integer from 1 to 999, got ${options.number}`);
  }
  let table = sourceTable(source, options);
  if (options.title !== undefined && cleanTitle(options.title) !== '') table = { ...table, title: cleanTitle(options.title) };
  if (options.maskPhones) table = maskTable(table);
  const number = options.number ?? table.annexNumber ?? 1;
  const choice = chooseAnnexSheet(number, options.workbook);
  const layout = layoutAnnex(table, { sheet: choice.sheet, replaces: choice.replaces, number, fonts: options.fonts, ...(choice.note ? { sheetNote: choice.note } : {}) });
  return { plan: annexPlan(layout), layout };
}

function sourceTable(source: AnnexSource, options: AnnexOptions): AnnexTable {
  switch (source.type) {
    case 'template':
      return templateTable(source.kind, source.rows);
    case 'scores':
      return summarizeScores(source.entries, { ...source.summary, ...(options.levels ? { levels: options.levels } : {}) });
    case 'tables': {
      const [first] = source.tables;
      if (!first) throw new Error('buildAnnex needs at least one table');
      if (source.tables.some((t) => t.kind !== first.kind)) throw new Error('buildAnnex: the tables must all be of one kind');
      if (first.kind === 'unknown') throw new Error('buildAnnex: cannot build an annex from an unrecognised table');
      if (first.kind === 'score-sheet') {
        const read = source.tables.map((t) => scoreEntriesFromTable(source.grid, t));
        return summarizeScores(read.flatMap((r) => r.entries), { ...read[0].options, ...(options.levels ? { levels: options.levels } : {}) });
      }
      const kind = first.kind as AnnexKind;
      if (sourceKindOf(kind) !== first.kind) throw new Error(`buildAnnex: no annex for table kind ${first.kind}`);
      return readAnnexTable(source.grid, source.tables, kind, options.areaCode ? { areaCode: options.areaCode } : {});
    }
  }
}

/** 11 or 12 digits from 13–19: what `maskPhones` masks, stored as a number. */
const MOBILE_AS_NUMBER = /^1[3-9][0-9]{9,10}$/;

/** Masks every mobile in the table's cells, form lines and notes. */
function maskTable(table: AnnexTable): AnnexTable {
  let masked = 0;
  const mask = (text: string) => {
    const r = maskPhones(text);
    masked += r.masked;
    return r.text;
  };
  // A mobile typed as a number (in a column the cleaner does not know as a phone column) is masked too, as text.
  const maskCell = (v: AnnexTable['rows'][number]['cells'][number]) =>
    typeof v === 'string' ? mask(v) : typeof v === 'number' && Number.isInteger(v) && MOBILE_AS_NUMBER.test(String(v)) ? mask(String(v)) : v;
  const rows = table.rows.map((row) => ({ ...row, cells: row.cells.map(maskCell) }));
  const formLines = table.formLines.map(mask);
  const notes = table.notes.map(mask);
  return { ...table, rows, formLines, notes, report: { ...table.report, maskedPhones: masked } };
}
