import type { HotSpot } from './_lib/cpu-profile';
import type { Machine } from './_lib/machine';
import type { CheckFigure } from './check-speed';
import type { CliFigure } from './cli-batch';
import type { OfficeSyncFigure } from './office-syncs';
import type { BundleFigure } from './pane-bundle';

/** The targets of issue 7: benchmarks, never timed tests. */
export const TARGETS = { checkSecondsAt100k: 1, checkRatio: 10, readSyncs: 1, writeSyncs: 2 } as const;

/** The one JSON object `npm run bench -- --json` prints. */
export interface BenchReport {
  readonly date: string;
  readonly machine: Machine;
  readonly targets: typeof TARGETS;
  readonly check: readonly CheckFigure[];
  readonly memory: { readonly peakRssMiB: number; readonly heapDeltaMiBAtLargest: number; readonly retainedMiBAtLargest: number } | null;
  /** Where the largest check spends its time: by self time, and this repository's functions by total time. */
  readonly hotSpots: { readonly self: readonly HotSpot[]; readonly total: readonly HotSpot[] } | null;
  readonly profileFile: string | null;
  readonly officeSyncs: readonly OfficeSyncFigure[];
  readonly paneBundle: BundleFigure | { readonly missing: string } | null;
  readonly cli: CliFigure | null;
  /** Whether each target is met (null when not measured). */
  readonly verdict: Readonly<Record<'checkSeconds' | 'checkRatio' | 'syncs', boolean | null>>;
  /** Pieces of other work the bench waited for and did not find. */
  readonly missing: readonly string[];
  /** Sections that failed, with the error (the other sections still ran). */
  readonly errors: readonly string[];
}

export function verdictOf(check: readonly CheckFigure[], office: readonly OfficeSyncFigure[]): BenchReport['verdict'] {
  const largest = check.find((c) => c.rows === 100_000);
  return {
    checkSeconds: largest ? largest.seconds <= TARGETS.checkSecondsAt100k : null,
    checkRatio: largest ? largest.ratio <= TARGETS.checkRatio : null,
    // Desktop syncs against the targets; on the web the 5 MB limit sets the floor, and no command may fail there either.
    syncs: office.length > 0 ? office.every((o) => o.read <= TARGETS.readSyncs && o.write <= TARGETS.writeSyncs && o.commands.every((c) => !c.failed && !c.web.failed)) : null,
  };
}

function mark(ok: boolean | null): string {
  return ok === null ? '—' : ok ? '✔' : '✘';
}

/** Seconds as milliseconds, readable at every scale: 0.0000066 → `0.007 ms`, 7.89 → `7890 ms`. */
function ms(seconds: number): string {
  const value = seconds * 1000;
  return `${value >= 100 ? Math.round(value) : Number(value.toPrecision(2))} ms`;
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** Bytes as KiB below a MiB, MiB above (`47.2 KiB`, `45.1 MiB`); none as `—`. */
function size(bytes: number): string {
  if (bytes === 0) return '—';
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : kib(bytes);
}

function table(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

/** The figures as Markdown tables: what the terminal shows and what docs/bench.md keeps. */
export function renderMarkdown(report: BenchReport): string {
  const m = report.machine;
  const parts: string[] = [];
  parts.push(`Measured ${report.date} on ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM, Node ${m.node} (${m.os}).`);
  if (report.check.length > 0) {
    parts.push(`### checkWorkbook over a generated pairing plan (median)\n\n${table(
      ['rows', 'check s', 'bare pass s', 'ratio', 'findings', 'heap Δ MiB', 'retained MiB', 'peak RSS MiB'],
      report.check.map((c) => [c.rows.toLocaleString('en-US'), c.seconds, c.bareSeconds, `${c.ratio}×`, c.findings.toLocaleString('en-US'), Math.round(c.heapDeltaMiB), Math.round(c.retainedMiB * 10) / 10, Math.round(c.peakRssMiB)]),
    )}\n\nTargets at 100,000 rows: ≤ ${TARGETS.checkSecondsAt100k} s ${mark(report.verdict.checkSeconds)}, ≤ ${TARGETS.checkRatio}× the bare pass ${mark(report.verdict.checkRatio)}.`);
    const stageNames = [...new Set(report.check.flatMap((c) => Object.keys(c.stages)))];
    parts.push(`By stage (one more run):\n\n${table(['rows', ...stageNames], report.check.map((c) => [c.rows.toLocaleString('en-US'), ...stageNames.map((s) => (c.stages[s] === undefined ? '—' : ms(c.stages[s])))]))}`);
    const largest = report.check[report.check.length - 1];
    const codes = Object.entries(largest.codes).sort((a, b) => b[1] - a[1]);
    if (codes.length > 0) parts.push(`Findings at ${largest.rows.toLocaleString('en-US')} rows: ${codes.map(([code, n]) => `${code} ${n.toLocaleString('en-US')}`).join(', ')}.`);
  }
  if (report.hotSpots) {
    parts.push(`### Hot spots of the largest check (profile: \`${report.profileFile}\`, open it in Chrome DevTools)\n\nBy self time:\n\n${table(
      ['self ms', '%', 'function', 'at'],
      report.hotSpots.self.map((h) => [h.selfMs, h.selfPercent, `\`${h.function}\``, `\`${h.at}\``]),
    )}\n\nThis repository's functions by total time (callees included):\n\n${table(
      ['total ms', 'self ms', 'function', 'at'],
      report.hotSpots.total.map((h) => [h.totalMs, h.selfMs, `\`${h.function}\``, `\`${h.at}\``]),
    )}`);
  }
  if (report.officeSyncs.length > 0) {
    const applied = (failed: string | undefined) => (failed ? `✘ ${failed}` : '✔');
    const rows = report.officeSyncs.flatMap((o) => o.commands.map((c) => [
      o.rows.toLocaleString('en-US'), c.command, c.read, c.write, `${c.web.read} (≥ ${c.web.minimum.read})`, `${c.web.write} (≥ ${c.web.minimum.write})`,
      c.ops.toLocaleString('en-US'), size(c.requestBytes), size(c.largestRequestBytes), size(c.readResponseBytes), size(c.writeResponseBytes),
      Math.round(c.seconds * 100) / 100, applied(c.failed), applied(c.web.failed),
    ]));
    parts.push(`### Office.js syncs per command (recording fake)\n\n${table(
      ['rows', 'command', 'read', 'write', 'web read (min)', 'web write (min)', 'ops', 'request bytes', 'largest request', 'read response', 'write response', 's (fake)', 'applied', 'applied on the web'],
      rows,
    )}\n\nread, write: syncs in desktop Excel, which has no payload limit; web: Excel on the web, which refuses a request or a response above 5 MB, ` +
      `and in brackets the fewest syncs that allows, ⌈bytes / 5 MB⌉ of the read's response and of the write's requests (or responses). Bytes are what Office.js serialises (the fake's count, within 1 % of Office.js's own), desktop run. ` +
      `Target: ≤ ${TARGETS.readSyncs} read and ≤ ${TARGETS.writeSyncs} write syncs per command on the desktop, and every command applied on both ${mark(report.verdict.syncs)}.`);
  }
  if (report.paneBundle) {
    parts.push('missing' in report.paneBundle
      ? `### Task pane bundle\n\nNot measured: ${report.paneBundle.missing}.`
      : `### Task pane bundle\n\nInitial JavaScript of \`taskpane\`: **${kib(report.paneBundle.gzipBytes)} gzipped** (${kib(report.paneBundle.bytes)} raw), ${report.paneBundle.files.map((f) => `\`${f.file}\` ${kib(f.gzipBytes)}`).join(', ')}; measured by ${report.paneBundle.measuredBy}${report.paneBundle.built ? ' after a fresh production build' : ''}.`);
  }
  if (report.cli) {
    const c = report.cli;
    parts.push(`### CLI over ${c.files} workbooks of ${c.rowsPerFile} rows\n\n${table(['how', 'seconds', 'per file'], [
      ['`node bin/wenming.cjs check --json …` (child process, start-up included)', c.childSeconds, `${((c.childSeconds * 1000) / c.files).toFixed(1)} ms`],
      ['`runCli([...])` in process, warm', c.inProcessSeconds, `${c.msPerFile.toFixed(1)} ms`],
    ])}\n\nExit code ${c.exitCode}, ${c.findings.toLocaleString('en-US')} findings.`);
  }
  if (report.missing.length > 0) parts.push(`Not measured: ${report.missing.join('; ')}.`);
  if (report.errors.length > 0) parts.push(`Sections that failed: ${report.errors.join('; ')}.`);
  return parts.join('\n\n');
}
