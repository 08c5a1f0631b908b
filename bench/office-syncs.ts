import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import type { EditPlan } from '../src/core/edit-plan/edit-plan';
import type { CellValue, WorkbookGrids } from '../src/core/grid/grid';
import { ALL_CAPABILITIES } from '../src/hosts/office/office-capabilities';
import { OfficeHost } from '../src/hosts/office/office-host';
import { FakeExcel } from '../src/hosts/office/_test/fake-excel';
import type { FakeWorkbook } from '../src/hosts/office/_test/fake-workbook';
import { XlsxHost } from '../src/hosts/xlsx/xlsx-host';
import { fakeFromXlsx } from '../test/support/fake-from-xlsx';
import { WORKBOOK_COMMANDS } from '../test/support/workbook-commands';
import { round } from './_lib/median';
import { pairingPlanRows } from './_lib/pairing-plan';

/** Syncs and request bytes of one command on the recording host. */
export interface CommandSyncs {
  readonly command: string;
  readonly read: number;
  readonly write: number;
  /** Serialised size of every request the command sent, as the fake counts it (loads and writes). */
  readonly requestBytes: number;
  /** The largest single request; Excel on the web refuses one above 5 MB. */
  readonly largestRequestBytes: number;
  readonly ops: number;
  /** Wall time on the fake (reading, the core, queuing, the fake's own bookkeeping). */
  readonly seconds: number;
  /** The host's error when the command failed (a request above the 5 MB limit…), in its Chinese words. */
  readonly failed?: string;
}

export interface OfficeSyncFigure {
  readonly rows: number;
  /** The worst command at this size. */
  readonly read: number;
  readonly write: number;
  readonly requestBytes: number;
  /**
   * What the one-sync read asks Excel to send back (values, value types and number
   * formats of the used range, as JSON): Excel on the web refuses a response above
   * 5 MB, and the host then reads in row blocks, one sync each. The fake has no such limit.
   */
  readonly readResponseBytes: number;
  readonly commands: readonly CommandSyncs[];
}

function utf8(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** The JSON Office.js returns for `values`, `valueTypes` and `numberFormat` of the used range. */
function readResponseBytes(rows: readonly (readonly CellValue[])[]): number {
  const width = Math.max(...rows.map((r) => r.length));
  const full = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
  const types = full.map((r) => r.map((v) => (v === '' ? 'Empty' : typeof v === 'number' ? 'Double' : 'String')));
  const formats = full.map((r) => r.map(() => 'General'));
  return utf8(JSON.stringify(full)) + utf8(JSON.stringify(types)) + utf8(JSON.stringify(formats));
}

/**
 * The workbook every command runs on: the generated pairing plan on 附件1 (its
 * communities are the score sheet's entities, its rows the annex's) and seed 000's
 * rubric on 附件2 (what the score sheet is built from), with its merges.
 */
function benchWorkbook(seed000: ExcelJS.Workbook, rows: readonly (readonly CellValue[])[]): FakeWorkbook {
  const workbook = fakeFromXlsx(seed000);
  for (const sheet of [...workbook.sheets]) if (sheet.name !== '附件2') workbook.deleteSheet(sheet.name);
  const plan = workbook.addSheet('附件1');
  rows.forEach((row, r) => row.forEach((value, c) => {
    if (typeof value === 'string' || typeof value === 'number') plan.ensure(r, c).value = value;
  }));
  return workbook;
}

/** One command on a fresh host: the read, then the plan applied as the pane applies it (with its undo snapshot). */
async function measureCommand(fake: FakeWorkbook, name: string, plan?: (workbook: WorkbookGrids) => EditPlan | undefined): Promise<CommandSyncs | undefined> {
  const excel = new FakeExcel(fake);
  const host = await OfficeHost.create({ run: excel.run, capabilities: ALL_CAPABILITIES });
  const start = process.hrtime.bigint();
  // The host learnt the sheet names once, at start-up; per-command counts begin here.
  const base = { syncs: excel.syncs, requests: excel.requestSizes.length };
  const grids = await host.readWorkbook();
  const afterRead = excel.syncs;
  const edit = plan?.(grids);
  if (plan && !edit) return undefined;
  let failed: string | undefined;
  if (edit) {
    try {
      await host.applyEditPlanWithUndo(edit);
    } catch (error) {
      failed = error instanceof Error ? error.message : String(error);
    }
  }
  const sizes = excel.requestSizes.slice(base.requests);
  return {
    command: name,
    read: afterRead - base.syncs,
    write: excel.syncs - afterRead,
    requestBytes: sizes.reduce((a, b) => a + b, 0),
    largestRequestBytes: Math.max(0, ...sizes),
    ops: edit?.ops.length ?? 0,
    seconds: round(Number(process.hrtime.bigint() - start) / 1e9),
    ...(failed ? { failed } : {}),
  };
}

/**
 * Syncs per command (read; validate-and-mark; fix; score sheet; annex) on the
 * recording fake of src/hosts/office/_test/, at each size. Targets: ≤ 1 read
 * and ≤ 2 write syncs. A command that does not apply is listed in `missing`.
 */
export async function measureOfficeSyncs(sizes: readonly number[]): Promise<{ figures: OfficeSyncFigure[]; missing: string[] }> {
  const seed000 = (await XlsxHost.fromBuffer(readFileSync(join(__dirname, '..', 'test', 'fixtures', 'seed000.xlsx')))).workbook;
  const figures: OfficeSyncFigure[] = [];
  const missing: string[] = [];
  for (const size of sizes) {
    const rows = pairingPlanRows(size);
    const commands: CommandSyncs[] = [];
    const read = await measureCommand(benchWorkbook(seed000, rows), 'read');
    if (read) commands.push(read);
    for (const command of WORKBOOK_COMMANDS) {
      const measured = await measureCommand(benchWorkbook(seed000, rows), command.name, (workbook) => command.plan(workbook));
      if (measured) commands.push(measured);
      else missing.push(`${command.name}：${size} 行时不适用`);
    }
    figures.push({
      rows: size,
      read: Math.max(...commands.map((c) => c.read)),
      write: Math.max(...commands.map((c) => c.write)),
      requestBytes: Math.max(...commands.map((c) => c.requestBytes)),
      readResponseBytes: readResponseBytes(rows),
      commands,
    });
  }
  return { figures, missing };
}
