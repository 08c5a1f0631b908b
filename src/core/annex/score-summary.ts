import { cellText } from '../grid/cell-text';
import type { Grid } from '../grid/grid';
import { columnOf, columnsOf, type RecognizedTable } from '../recognize/recognized-table';
import { readTableRows } from '../recognize/table-rows';
import { cleanText, cleanTitle, unpadNames } from './_lib/clean-cell';
import { ANNEX_LAYOUTS } from './annex-layouts';
import { EMPTY_REPORT, type AnnexRow, type AnnexTable } from './annex-table';

/** One entity's score: a community, a village, a unit. `null` when it has none. */
export interface ScoreEntry {
  readonly name: string;
  readonly score: number | null;
}

/** A level and the lowest score that reaches it (`以上` includes the number, 民法典 第1259条). */
export interface ScoreLevel {
  readonly label: string;
  readonly min: number;
}

/** Star levels of seed 000's 评选标准: 三星级 ≥ 80, 四星级 ≥ 90, 五星级 ≥ 95 (DOMAIN §4.4). */
export const STAR_LEVELS: readonly ScoreLevel[] = [
  { label: '五星级', min: 95 },
  { label: '四星级', min: 90 },
  { label: '三星级', min: 80 },
];

export interface ScoreSummaryOptions {
  readonly title?: string;
  /** Highest first; below the last one an entity is `belowLabel`. */
  readonly levels?: readonly ScoreLevel[];
  readonly belowLabel?: string;
  readonly entityHeader?: string;
  readonly scoreHeader?: string;
  /** A note saying what the score is (`得分为1月至12月平均分`). */
  readonly basis?: string;
}

/** Scores of a score sheet: its 总分 column, else the mean of its period columns (`1月`…`12月`). */
export function scoreEntriesFromTable(grid: Grid, table: RecognizedTable): { entries: ScoreEntry[]; options: ScoreSummaryOptions } {
  const entityCol = columnOf(table, 'entity');
  const totalCol = columnOf(table, 'total');
  const periodCols = columnsOf(table, 'periodScore');
  const header = (col: number | undefined) => table.columns.find((c) => c.col === col)?.header.replace(/\s+/g, '');
  const entries = readTableRows(grid, table).map((row): ScoreEntry => {
    const name = unpadNames(cleanText(row.cells.find((c) => c.col === entityCol)?.text ?? ''));
    const numbers = (totalCol !== undefined ? [totalCol] : periodCols)
      .map((col) => grid.values[row.row]?.[col])
      .map((v) => (typeof v === 'number' ? v : Number(cellText(v ?? null).trim() || NaN)))
      .filter((v) => Number.isFinite(v));
    return { name, score: numbers.length === 0 ? null : numbers.reduce((a, b) => a + b, 0) / numbers.length };
  });
  const first = header(periodCols[0]);
  const last = header(periodCols[periodCols.length - 1]);
  const stem = table.title === undefined ? undefined : cleanTitle(table.title).replace(/(得分汇总表|得分表|评分表|汇总表|表)$/, '');
  return {
    entries,
    options: {
      ...(stem ? { title: `${stem}排名及等级汇总表` } : {}),
      entityHeader: header(entityCol) ?? '名称',
      scoreHeader: totalCol !== undefined ? header(totalCol) ?? '总分' : '平均分',
      ...(totalCol === undefined && first ? { basis: `得分为${first}至${last}的平均分` } : {}),
    },
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The score summary annex: entities ranked by score (中国式排名: ties share a
 * place and the next place follows on, DOMAIN §4.6), each with its level, and
 * a line counting entities per level.
 *
 * @example summarizeScores([{ name: '梅湖村', score: 93.2 }]).rows[0].cells // [1, '梅湖村', 93.2, '四星级', 1]
 */
export function summarizeScores(entries: readonly ScoreEntry[], options: ScoreSummaryOptions = {}): AnnexTable {
  const spec = ANNEX_LAYOUTS['score-summary'];
  const levels = [...(options.levels ?? STAR_LEVELS)].sort((a, b) => b.min - a.min);
  const below = options.belowLabel ?? '未达星级';
  const levelOf = (score: number) => levels.find((l) => score >= l.min)?.label ?? below;
  // Ranked on the printed (rounded) score, so what prints tied ranks tied.
  const scored = entries.filter((e) => e.score !== null).map((e) => ({ name: e.name, score: round2(e.score!) })).sort((a, b) => b.score - a.score);
  const unscored = entries.filter((e) => e.score === null);
  let rank = 0;
  const rows: AnnexRow[] = scored.map((e, i) => {
    if (i === 0 || e.score !== scored[i - 1].score) rank++;
    return { type: 'data', cells: [i + 1, e.name, e.score, levelOf(e.score), rank], continues: [false, false, false, false, false], bold: false };
  });
  unscored.forEach((e, i) => rows.push({ type: 'data', cells: [scored.length + i + 1, e.name, null, '—', null], continues: [false, false, false, false, false], bold: false }));
  const counts = [...levels.map((l) => l.label), below].map((label) => ({ label, n: scored.filter((e) => levelOf(e.score) === label).length }));
  const percent = (n: number) => (scored.length === 0 ? '0' : ((n * 100) / scored.length).toFixed(1).replace(/\.0$/, ''));
  const headers = { entity: options.entityHeader ?? '名称', total: options.scoreHeader ?? '得分' };
  return {
    kind: 'score-summary',
    title: options.title ?? spec.defaultTitle,
    columns: spec.columns.map((c) => ({ role: c.role, header: [c.role === 'entity' ? headers.entity : c.role === 'total' ? headers.total : c.header], spec: c })),
    formLines: [],
    rows,
    notes: [
      `注：${options.basis ? `${options.basis}；` : ''}名次按得分从高到低排列，得分相同者名次并列；${levels.map((l) => `${l.label}${l.min}分以上`).join('，')}。`,
      `统计：${counts.map((c) => `${c.label}${c.n}个（${percent(c.n)}%）`).join('，')}，共${scored.length}个${unscored.length ? `；另有${unscored.length}个无得分` : ''}。`,
    ],
    report: { ...EMPTY_REPORT, rows: rows.length },
  };
}
