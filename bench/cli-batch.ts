import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../src/cli/main';
import { round, timeRuns } from './_lib/median';
import { pairingPlanRows } from './_lib/pairing-plan';

export interface CliFigure {
  readonly files: number;
  readonly rowsPerFile: number;
  /** `node bin/wenming.cjs check --json <files>` as a child process, start-up included (median). */
  readonly childSeconds: number;
  /** `runCli(['check', '--json', …])` in this process, warm (median). */
  readonly inProcessSeconds: number;
  readonly msPerFile: number;
  readonly exitCode: number | null;
  readonly findings: number;
}

/** Writes `count` pairing-plan workbooks of `rows` rows each (different seeds) into a new temp dir. */
export async function writeWorkbooks(count: number, rows: number): Promise<{ dir: string; files: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'wenming-bench-'));
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('附件1');
    for (const row of pairingPlanRows(rows, 7000 + i)) sheet.addRow(row);
    sheet.mergeCells('A2:E2');
    const file = join(dir, `计划表${String(i + 1).padStart(3, '0')}.xlsx`);
    writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
    files.push(file);
  }
  return { dir, files };
}

/** Runs the CLI in this process with its stdout captured (so `--json` mode prints only the bench's object). */
async function runCliQuietly(argv: readonly string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => { stdout += String(chunk); return true; }) as typeof process.stdout.write;
  try {
    return { code: await runCli(argv), stdout };
  } finally {
    process.stdout.write = write;
    process.exitCode = undefined;
  }
}

/** The CLI over `count` workbooks of `rows` rows: as a child process and in-process. */
export async function measureCliBatch(count: number, rows: number, runs: number): Promise<CliFigure> {
  const { dir, files } = await writeWorkbooks(count, rows);
  try {
    const args = ['check', '--json', '--today', '2020-06-15', '--period', '2020-05-01/2020-12-31', '--area-code', '0392', ...files];
    let exitCode: number | null = null;
    let findings = 0;
    const child = await timeRuns(runs, () => {
      const result = spawnSync(process.execPath, [join(__dirname, '..', 'bin', 'wenming.cjs'), ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
      exitCode = result.status;
      if (result.status !== 0 && result.status !== 1) throw new Error(`wenming check exited ${result.status}: ${result.stderr}`);
      findings = (JSON.parse(result.stdout) as { files: { findings: unknown[] }[] }).files.reduce((n, f) => n + f.findings.length, 0);
    });
    await runCliQuietly(args); // warm-up: module loading and JIT are the child's figure
    const inProcess = await timeRuns(runs, () => runCliQuietly(args));
    return {
      files: count,
      rowsPerFile: rows,
      childSeconds: round(child.seconds),
      inProcessSeconds: round(inProcess.seconds),
      msPerFile: round((inProcess.seconds * 1000) / count),
      exitCode,
      findings,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
