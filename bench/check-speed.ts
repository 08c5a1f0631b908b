import { checkWorkbook, WORKBOOK_RULES } from '../src/core/check/check-workbook';
import { sortFindings } from '../src/core/findings/finding';
import { cellText } from '../src/core/grid/cell-text';
import type { WorkbookGrids } from '../src/core/grid/grid';
import { recognizeWorkbook } from '../src/core/recognize/recognize-tables';
import { DEFAULT_SETTINGS, type Settings } from '../src/core/settings';
import { collectGarbage, MiB, peakRssMiB } from './_lib/gc';
import { round, timeRuns } from './_lib/median';
import { pairingPlanGrid } from './_lib/pairing-plan';

/** Settings of the seed-000 campaign, so date rules run as they would for a real notice. */
export const BENCH_SETTINGS: Settings = { year: 2020, period: { start: '2020-05-01', end: '2020-12-31' }, issued: '2020-05-27', today: '2020-06-15', areaCode: '0392' };

export interface CheckFigure {
  readonly rows: number;
  /** Median seconds of `checkWorkbook` (recognition + every registered rule + sorting). */
  readonly seconds: number;
  /** Median seconds of the floor: read every cell of the same grid and take its text. */
  readonly bareSeconds: number;
  readonly ratio: number;
  readonly runs: readonly number[];
  readonly findings: number;
  /** Findings per code, to see which rule floods. */
  readonly codes: Readonly<Record<string, number>>;
  /** One extra run split by stage: recognition, each rule by name, sorting. */
  readonly stages: Readonly<Record<string, number>>;
  /** heapUsed after one check minus before it (garbage included), and what stays after a GC with the result alive. */
  readonly heapDeltaMiB: number;
  readonly retainedMiB: number;
  readonly peakRssMiB: number;
}

/** The floor: every cell read and turned into text, nothing else. */
export function barePass(workbook: WorkbookGrids): number {
  let characters = 0;
  for (const grid of workbook.sheets) for (const row of grid.values) for (const value of row) characters += cellText(value).length;
  return characters;
}

function stageTimes(workbook: WorkbookGrids, settings: Settings): Record<string, number> {
  const stages: Record<string, number> = {};
  const time = <T>(name: string, work: () => T): T => {
    const start = process.hrtime.bigint();
    const result = work();
    stages[name] = round(Number(process.hrtime.bigint() - start) / 1e9);
    return result;
  };
  const tables = time('recognize', () => recognizeWorkbook(workbook));
  const context = { workbook, tables, settings: { ...DEFAULT_SETTINGS, ...settings } };
  const findings = WORKBOOK_RULES.flatMap((rule, i) => time(rule.name || `rule${i}`, () => rule(context)));
  time('sortFindings', () => sortFindings(findings, workbook.sheets.map((s) => s.name)));
  return stages;
}

/** Measures the check of a generated pairing plan of `rows` rows against its bare pass. */
export async function measureCheck(rows: number, runs: number): Promise<CheckFigure> {
  const workbook: WorkbookGrids = { sheets: [pairingPlanGrid(rows)] };
  const bare = await timeRuns(Math.max(runs, 5), () => barePass(workbook));

  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  let result = checkWorkbook(workbook, BENCH_SETTINGS);
  const heapDelta = process.memoryUsage().heapUsed - before;
  collectGarbage();
  const retained = process.memoryUsage().heapUsed - before;

  const timed = await timeRuns(runs, () => { result = checkWorkbook(workbook, BENCH_SETTINGS); });
  const codes: Record<string, number> = {};
  for (const finding of result.findings) codes[finding.code] = (codes[finding.code] ?? 0) + 1;
  const stages = stageTimes(workbook, BENCH_SETTINGS);
  return {
    rows,
    seconds: round(timed.seconds),
    bareSeconds: round(bare.seconds),
    ratio: round(timed.seconds / bare.seconds, 3),
    runs: timed.runs.map((s) => round(s)),
    findings: result.findings.length,
    codes,
    stages,
    heapDeltaMiB: round(heapDelta / MiB, 3),
    retainedMiB: round(Math.max(0, retained) / MiB, 3),
    peakRssMiB: round(peakRssMiB(), 4),
  };
}
