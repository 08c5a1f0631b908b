import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import type { EditPlan } from '../src/core/edit-plan/edit-plan';
import type { CellValue, WorkbookGrids } from '../src/core/grid/grid';
import { WEB_PAYLOAD_LIMIT_BYTES } from '../src/hosts/office/chunk-edit-plan';
import { ALL_CAPABILITIES } from '../src/hosts/office/office-capabilities';
import { OfficeHost } from '../src/hosts/office/office-host';
import { FakeExcel } from '../src/hosts/office/_test/fake-excel';
import type { FakeWorkbook } from '../src/hosts/office/_test/fake-workbook';
import { XlsxHost } from '../src/hosts/xlsx/xlsx-host';
import { fakeFromXlsx } from '../test/support/fake-from-xlsx';
import { WORKBOOK_COMMANDS } from '../test/support/workbook-commands';
import { round } from './_lib/median';
import { pairingPlanRows } from './_lib/pairing-plan';

/** One command on Excel on the web (the fake in web mode: requests and responses above 5 MB refused). */
export interface WebSyncs {
  readonly read: number;
  readonly write: number;
  /**
   * The fewest syncs the 5 MB limit allows: ⌈bytes / 5 MB⌉ of the desktop's one read
   * response, and of the write's requests or responses, whichever is larger; the write's
   * bytes are the smaller of the desktop's one batch and the web's batches together
   * (one huge request spells longer ids, the web's batches repeat a few paths).
   */
  readonly minimum: { readonly read: number; readonly write: number };
  readonly largestRequestBytes: number;
  readonly largestResponseBytes: number;
  readonly failed?: string;
}

/** Syncs and bytes of one command on the recording host: on the desktop (no payload limit), and on the web. */
export interface CommandSyncs {
  readonly command: string;
  /** Desktop syncs. */
  readonly read: number;
  readonly write: number;
  /** Size of every request the command sent on the desktop, as Office.js serialises them (loads and writes). */
  readonly requestBytes: number;
  /** The largest single request on the desktop; Excel on the web refuses one above 5 MB. */
  readonly largestRequestBytes: number;
  /** What the one-sync read's response carries (values and number formats of every used range, where the errors are). */
  readonly readResponseBytes: number;
  /** The write batch's response on the desktop: the undo snapshot's loads. */
  readonly writeResponseBytes: number;
  readonly ops: number;
  /** Wall time on the fake, desktop run (reading, the core, queuing, the fake's own bookkeeping). */
  readonly seconds: number;
  /** The host's error when the command failed on the desktop, in its Chinese words. */
  readonly failed?: string;
  readonly web: WebSyncs;
}

export interface OfficeSyncFigure {
  readonly rows: number;
  /** The worst command at this size, on the desktop. */
  readonly read: number;
  readonly write: number;
  readonly requestBytes: number;
  /** The one-sync read's response (the `read` command's): Excel on the web refuses one above 5 MB. */
  readonly readResponseBytes: number;
  /** The worst command at this size on the web, and the worst minimum the 5 MB limit allows. */
  readonly web: { readonly read: number; readonly write: number; readonly minimumRead: number; readonly minimumWrite: number };
  readonly commands: readonly CommandSyncs[];
}

/** Syncs ⌈bytes / 5 MB⌉, at least one when anything is sent. */
function minimumSyncs(bytes: number): number {
  return bytes > 0 ? Math.ceil(bytes / WEB_PAYLOAD_LIMIT_BYTES) : 0;
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

interface Run {
  readonly read: number;
  readonly write: number;
  readonly requests: number[];
  readonly responses: number[];
  readonly ops: number;
  readonly seconds: number;
  readonly failed?: string;
}

/** One command on a fresh host: the read, then the plan applied as the pane applies it (with its undo snapshot). */
async function runCommand(fake: FakeWorkbook, web: boolean, plan?: (workbook: WorkbookGrids) => EditPlan | undefined): Promise<Run | undefined> {
  const excel = new FakeExcel(fake, { web });
  const host = await OfficeHost.create({ run: excel.run, capabilities: ALL_CAPABILITIES, web });
  const start = process.hrtime.bigint();
  // The host learnt the sheet names once, at start-up; per-command counts begin here.
  const base = { syncs: excel.syncs, requests: excel.requestSizes.length };
  let failed: string | undefined;
  let afterRead = excel.syncs;
  let ops = 0;
  try {
    const grids = await host.readWorkbook();
    afterRead = excel.syncs;
    const edit = plan?.(grids);
    if (plan && !edit) return undefined;
    ops = edit?.ops.length ?? 0;
    if (edit) await host.applyEditPlanWithUndo(edit);
  } catch (error) {
    failed = error instanceof Error ? error.message : String(error);
  }
  return {
    read: afterRead - base.syncs,
    write: excel.syncs - afterRead,
    requests: excel.requestSizes.slice(base.requests),
    responses: excel.responseSizes.slice(base.requests),
    ops,
    seconds: round(Number(process.hrtime.bigint() - start) / 1e9),
    ...(failed ? { failed } : {}),
  };
}

/** One command on the desktop and on the web, each on a fresh copy of the workbook. */
async function measureCommand(workbook: () => FakeWorkbook, name: string, plan?: (workbook: WorkbookGrids) => EditPlan | undefined): Promise<CommandSyncs | undefined> {
  const desktop = await runCommand(workbook(), false, plan);
  const web = await runCommand(workbook(), true, plan);
  if (!desktop || !web) return undefined;
  const sum = (sizes: readonly number[]) => sizes.reduce((a, b) => a + b, 0);
  const readResponseBytes = desktop.responses[0] ?? 0;
  const writeRequestBytes = sum(desktop.requests.slice(desktop.read));
  const writeResponseBytes = sum(desktop.responses.slice(desktop.read));
  const webWrite = web.failed ? undefined : { request: sum(web.requests.slice(web.read)), response: sum(web.responses.slice(web.read)) };
  const minimumWrite = Math.max(
    minimumSyncs(Math.min(writeRequestBytes, webWrite?.request ?? Infinity)),
    minimumSyncs(Math.min(writeResponseBytes, webWrite?.response ?? Infinity)),
  );
  return {
    command: name,
    read: desktop.read,
    write: desktop.write,
    requestBytes: desktop.requests.reduce((a, b) => a + b, 0),
    largestRequestBytes: Math.max(0, ...desktop.requests),
    readResponseBytes,
    writeResponseBytes,
    ops: desktop.ops,
    seconds: desktop.seconds,
    ...(desktop.failed ? { failed: desktop.failed } : {}),
    web: {
      read: web.read,
      write: web.write,
      minimum: { read: minimumSyncs(readResponseBytes), write: minimumWrite },
      largestRequestBytes: Math.max(0, ...web.requests),
      largestResponseBytes: Math.max(0, ...web.responses),
      ...(web.failed ? { failed: web.failed } : {}),
    },
  };
}

/**
 * Syncs per command (read; validate-and-mark; fix; score sheet; annex) on the
 * recording fake of src/hosts/office/_test/, at each size, on the desktop (no payload
 * limit) and on the web (5 MB per request and response), with the fewest syncs the
 * web's limit allows. Targets: ≤ 1 read and ≤ 2 write syncs on the desktop. A
 * command that does not apply is listed in `missing`.
 */
export async function measureOfficeSyncs(sizes: readonly number[]): Promise<{ figures: OfficeSyncFigure[]; missing: string[] }> {
  const seed000 = (await XlsxHost.fromBuffer(readFileSync(join(__dirname, '..', 'test', 'fixtures', 'seed000.xlsx')))).workbook;
  const figures: OfficeSyncFigure[] = [];
  const missing: string[] = [];
  for (const size of sizes) {
    const rows = pairingPlanRows(size);
    const commands: CommandSyncs[] = [];
    const workbook = () => benchWorkbook(seed000, rows);
    const read = await measureCommand(workbook, 'read');
    if (read) commands.push(read);
    for (const command of WORKBOOK_COMMANDS) {
      const measured = await measureCommand(workbook, command.name, (grids) => command.plan(grids));
      if (measured) commands.push(measured);
      else missing.push(`${command.name}：${size} 行时不适用`);
    }
    const worst = (pick: (c: CommandSyncs) => number) => Math.max(...commands.map(pick));
    figures.push({
      rows: size,
      read: worst((c) => c.read),
      write: worst((c) => c.write),
      requestBytes: worst((c) => c.requestBytes),
      readResponseBytes: read?.readResponseBytes ?? 0,
      web: { read: worst((c) => c.web.read), write: worst((c) => c.web.write), minimumRead: worst((c) => c.web.minimum.read), minimumWrite: worst((c) => c.web.minimum.write) },
      commands,
    });
  }
  return { figures, missing };
}
