import { bestSupported, type Candidate } from './_lib/best-supported';
import { datedDeadlineYears, phaseSpan, titleYear } from './_lib/settings-evidence';
import { countAreaCodes } from './contacts/countAreaCodes';
import { toIsoDate } from './dates/calendarDay';
import { findDocumentDate } from './dates/findDocumentDate';
import { findDocumentNumber } from './dates/findDocumentNumber';
import { findPeriodStatements } from './dates/findPeriodStatements';
import type { WorkbookGrids } from './grid/grid';
import type { RecognizedTable } from './recognize/recognized-table';
import type { CampaignPeriod, InferenceBasis, InferredSetting, InferredSettings, SettingEvidence } from './settings';

/**
 * How much one piece of evidence counts towards the year. The campaign year is what a stated
 * period says: a notice numbered and signed in December 2019 may set out the 2020 campaign, so a
 * stated period outweighs the document number and the signing date together. Those two say when
 * the notice was written; a table title is as strong as either; each deadline's year is weak, and
 * all the deadlines naming one year count no more than a title.
 */
const YEAR_WEIGHT: Readonly<Record<InferenceBasis, number>> = {
  'period-text': 5, 'document-number': 2, 'signing-date': 2, title: 2, deadlines: 1, phases: 1, landlines: 0,
};

/** Which evidence is shown for the year when several agree: the document number is what people recognise. */
const YEAR_SHOWN: Readonly<Record<InferenceBasis, number>> = {
  'document-number': 6, 'signing-date': 5, 'period-text': 4, title: 3, deadlines: 2, phases: 1, landlines: 0,
};

/** Every piece of evidence counts once (an issue date, a stated period). */
const once = <T>(evidence: SettingEvidence<T>): Candidate<T, SettingEvidence<T>> => ({ value: evidence.value, weight: 1, evidence });
const samePeriod = (p: CampaignPeriod): string => `${p.start}/${p.end}`;

function decide<T>(candidates: readonly Candidate<T, SettingEvidence<T>>[], key: (value: T) => string): InferredSetting<T> | undefined {
  const best = bestSupported(candidates, key);
  if (!best) return undefined;
  return best.others.length > 0 ? { ...best.evidence, conflicts: best.others.map((o) => o.evidence) } : best.evidence;
}

/** Cells inside recognised tables: a date or a 文号 there is a record, not the notice's own. */
function tableCells(tables: readonly RecognizedTable[], sheet: string): (row: number, col: number) => boolean {
  const ranges = tables.filter((t) => t.sheet === sheet && t.kind !== 'unknown').map((t) => t.range);
  return (row, col) => ranges.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
}

/**
 * Reads the campaign year, period, issue date and area code from the workbook itself, each with
 * the cell it came from (DOMAIN §7): the document number (`鹤创文办〔2020〕5号`), the signing date
 * at the notice's foot (`2020年5月27日`), the period its text states (`二、时间安排` /
 * `2020年5月至12月`) or the span of its 实施步骤, table titles (`2024 年度`), the years written
 * in deadlines, and the area code most listed landlines carry (mobiles and 400/800 numbers say
 * nothing of it). When sources disagree, the best-supported value is kept and what the others
 * said is listed in `conflicts`; a setting nothing speaks for is absent.
 *
 * @example inferSettings(seed000, tables)
 * // { year: { value: 2020, from: 'document-number', sheet: '通知', cell: 'A1', text: '鹤创文办〔2020〕5号' },
 * //   period: { value: { start: '2020-05-01', end: '2020-12-31' }, from: 'period-text', sheet: '通知', cell: 'A8', text: '2020年5月至12月' },
 * //   issued: { value: '2020-05-27', from: 'signing-date', sheet: '通知', cell: 'A34', text: '2020年5月27日' } }
 */
export function inferSettings(workbook: WorkbookGrids, tables: readonly RecognizedTable[]): InferredSettings {
  const years: SettingEvidence<number>[] = [];
  const issued: SettingEvidence<string>[] = [];
  const stated: SettingEvidence<CampaignPeriod>[] = [];
  for (const grid of workbook.sheets) {
    const skip = tableCells(tables, grid.name);
    const number = findDocumentNumber(grid, skip);
    if (number) years.push({ value: number.year, from: 'document-number', sheet: grid.name, cell: number.cell, text: number.text });
    const signed = findDocumentDate(grid, skip);
    if (signed) {
      const at = { from: 'signing-date', sheet: grid.name, cell: signed.cell, text: signed.text } as const;
      issued.push({ value: toIsoDate(signed.day), ...at });
      years.push({ value: signed.day.year, ...at });
    }
    for (const s of findPeriodStatements(grid, skip)) {
      const at = { from: 'period-text', sheet: s.sheet, cell: s.cell, text: s.phrase } as const;
      stated.push({ value: { start: s.start, end: s.end }, ...at });
      if (s.start.slice(0, 4) === s.end.slice(0, 4)) years.push({ value: Number(s.start.slice(0, 4)), ...at });
    }
  }
  for (const table of tables) {
    const title = titleYear(workbook, table);
    if (title) years.push(title);
  }
  years.push(...datedDeadlineYears(workbook, tables));

  const year = decide(years.map((e) => ({ value: e.value, weight: YEAR_WEIGHT[e.from], shown: YEAR_SHOWN[e.from], evidence: e })), String);
  const period = decidePeriod(stated, year ? phaseSpan(workbook, year.value) : undefined);
  const issuedOn = decide(issued.map(once), (v) => v);
  const areaCode = decide(countAreaCodes(workbook).map(({ areaCode: value, count, sheet, cell, text }) => (
    { value, weight: count, evidence: { value, from: 'landlines' as const, sheet, cell, text } })), (v) => v);
  return {
    ...(year ? { year } : {}),
    ...(period ? { period } : {}),
    ...(issuedOn ? { issued: issuedOn } : {}),
    ...(areaCode ? { areaCode } : {}),
  };
}

/**
 * The period the text states. The phases agree when they lie inside it and are a conflict when
 * they reach outside it; with no statement, the phases' span is the period.
 */
function decidePeriod(statements: readonly SettingEvidence<CampaignPeriod>[], span: SettingEvidence<CampaignPeriod> | undefined): InferredSetting<CampaignPeriod> | undefined {
  const stated = decide(statements.map(once), samePeriod);
  if (!stated) return span;
  if (!span || (span.value.start >= stated.value.start && span.value.end <= stated.value.end)) return stated;
  return { ...stated, conflicts: [...(stated.conflicts ?? []), span] };
}
