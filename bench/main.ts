/**
 * `npm run bench` — speed, memory, Office.js round trips, bundle size and CLI
 * throughput, measured in one run on this machine (issue 7). `-- --json`
 * prints one JSON object on stdout and nothing else; progress goes to stderr.
 *
 *   npm run bench                         readable tables
 *   npm run bench -- --json               one JSON object
 *   npm run bench -- --write-docs         also rewrites the figures in docs/bench.md
 *   npm run bench -- --only check,office  some sections (check, office, bundle, cli)
 *   npm run bench -- --sizes 1000,10000 --runs 3 --profile
 *   npm run bench -- --render report.json --write-docs   re-renders a saved --json report
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOptions, type BenchOptions } from './_lib/bench-options';
import { pairingPlanGrid } from './_lib/pairing-plan';
import { writeDocs } from './_lib/write-docs';
import { profileHotSpots, type HotSpot } from './_lib/cpu-profile';
import { describeMachine } from './_lib/machine';
import { peakRssMiB } from './_lib/gc';
import { renderMarkdown, TARGETS, verdictOf, type BenchReport } from './bench-report';
import { BENCH_SETTINGS, measureCheck, type CheckFigure } from './check-speed';
import { measureCliBatch, type CliFigure } from './cli-batch';
import { measureOfficeSyncs, type OfficeSyncFigure } from './office-syncs';
import { measurePaneBundle } from './pane-bundle';
import { checkWorkbook } from '../src/core/check/check-workbook';

function progress(text: string): void {
  process.stderr.write(`· ${text}\n`);
}

/** Runs per size: more for the quick sizes, three at 100,000 rows (each run is the whole check). */
function runsFor(rows: number, options: BenchOptions): number {
  return options.runs ?? (rows >= 100_000 ? 3 : rows >= 10_000 ? 5 : 7);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const saved = argv.indexOf('--render');
  if (saved >= 0) {
    // No measuring: the tables of a report saved with --json (to fix the prose without re-running minutes of benchmarks).
    const markdown = renderMarkdown(JSON.parse(readFileSync(argv[saved + 1], 'utf8')) as BenchReport);
    if (argv.includes('--write-docs')) writeDocs(markdown);
    process.stdout.write(`${markdown}\n`);
    return;
  }
  const options = parseOptions(argv);
  // In --json mode stdout carries the one object: anything a module logs goes to stderr.
  if (options.json) console.log = console.info = console.warn = console.error;

  const machine = describeMachine();
  const missing: string[] = [];
  const check: CheckFigure[] = [];
  let hotSpots: { self: HotSpot[]; total: HotSpot[] } | null = null;
  let profileFile: string | null = null;
  if (options.only.has('check')) {
    for (const rows of options.sizes) {
      progress(`check: ${rows} 行 × ${runsFor(rows, options)} 次`);
      check.push(await measureCheck(rows, runsFor(rows, options)));
    }
    const largest = check[check.length - 1];
    const over = largest.seconds > TARGETS.checkSecondsAt100k || largest.ratio > TARGETS.checkRatio;
    if (options.profile === 'always' || (options.profile === 'auto' && over && largest.rows >= 100_000)) {
      progress(`profile: ${largest.rows} 行`);
      const workbook = { sheets: [pairingPlanGrid(largest.rows)] };
      profileFile = join('.out', `check-${largest.rows}.cpuprofile`);
      mkdirSync(join(__dirname, '..', '.out'), { recursive: true });
      hotSpots = await profileHotSpots(() => checkWorkbook(workbook, BENCH_SETTINGS), join(__dirname, '..', profileFile));
    }
  }
  // A section that fails is reported, and the others still run.
  const errors: string[] = [];
  const guard = async <T>(section: string, work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      errors.push(`${section}：${error instanceof Error ? error.message : String(error)}`);
      progress(`${section} 失败：${error instanceof Error ? error.stack : String(error)}`);
      return undefined;
    }
  };
  let officeSyncs: OfficeSyncFigure[] = [];
  if (options.only.has('office')) {
    progress(`office: ${options.sizes.join(', ')} 行`);
    const measured = await guard('office', () => measureOfficeSyncs(options.sizes));
    officeSyncs = measured?.figures ?? [];
    missing.push(...(measured?.missing ?? []));
  }
  let paneBundle: BenchReport['paneBundle'] = null;
  if (options.only.has('bundle')) {
    progress('bundle: 任务窗格首屏脚本');
    paneBundle = (await guard('bundle', async () => measurePaneBundle())) ?? null;
    if (paneBundle && 'missing' in paneBundle) missing.push(`bundle：${paneBundle.missing}`);
  }
  let cli: CliFigure | null = null;
  if (options.only.has('cli')) {
    progress('cli: 100 个 50 行的工作簿');
    cli = (await guard('cli', () => measureCliBatch(100, 50, options.runs ?? 3))) ?? null;
  }

  const largest = check[check.length - 1];
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine,
    targets: TARGETS,
    check,
    memory: largest ? { peakRssMiB: Math.round(peakRssMiB()), heapDeltaMiBAtLargest: largest.heapDeltaMiB, retainedMiBAtLargest: largest.retainedMiB } : null,
    hotSpots,
    profileFile,
    officeSyncs,
    paneBundle,
    cli,
    verdict: verdictOf(check, officeSyncs),
    missing,
    errors,
  };
  const markdown = renderMarkdown(report);
  if (options.writeDocs) writeDocs(markdown);
  process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : `${markdown}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`基准测试失败：${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
