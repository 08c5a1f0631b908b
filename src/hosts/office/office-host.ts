import type { EditPlan } from '../../core/edit-plan/edit-plan';
import { inversePlan, type InversePlan } from '../../core/edit-plan/inverse-plan';
import { snapshotTargets, type SheetSnapshot } from '../../core/edit-plan/plan-snapshot';
import type { CellRange, Grid, WorkbookGrids } from '../../core/grid/grid';
import type { SettingsStore, StoredSettings, UndoableApply, UndoableApplyReport } from '../host-capabilities';
import { HostError, type ApplyReport, type WorkbookHost } from '../workbook-host';
import { BATCH_TARGET_BYTES, chunkEditPlan, WEB_PAYLOAD_LIMIT_BYTES } from './chunk-edit-plan';
import { detectCapabilities, type OfficeCapabilities } from './office-capabilities';
import { OfficeSettingsStore } from './office-settings-store';
import { queueEditOp } from './queue-edit-op';
import { queueSnapshot } from './queue-snapshot';
import { readCommentIndex } from './read-comment-index';
import { gridFromQueuedRead, queueSheetRead } from './read-sheets';
import { MIN_CELL_RESPONSE_BYTES, readInBlocks } from './read-in-blocks';
import { readSheetSnapshots } from './read-sheet-snapshots';
import { BatchSheets } from './_lib/batch-sheets';
import { blockJsonBytes } from './_lib/block-json-bytes';
import { officeErrorCode, toHostError } from './_lib/office-error';
import { sheetSnapshotBytes, type SheetSnapshotSize } from './_lib/sheet-snapshot-bytes';

/** `Excel.run` or a stand-in with the same shape (the recording fake in tests). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeHostOptions {
  readonly run: ExcelRun;
  readonly capabilities: OfficeCapabilities;
  /** `Office.context.document.settings`; without it settings live only in the pane's memory. */
  readonly settings?: Office.Settings;
  /**
   * Excel on the web, which refuses a request or a response above 5 MB: writes are then
   * cut into batches under the limit, and a read too big for one response goes in blocks
   * (an undo snapshot of a replaced sheet too, before the writes). Desktop Excel has no
   * such limit, and every write is one batch whatever its size.
   */
  readonly web?: boolean;
}

/**
 * The WorkbookHost inside Excel (Office.js). It holds no business rules:
 * `readWorkbook` queues every sheet's loads and syncs once; `applyEditPlan`
 * queues every op and syncs once (on Excel on the web, once per batch under its
 * 5 MB limit); `applyEditPlanWithUndo` also reads, in that same sync and
 * before the writes, what the plan overwrites, and returns the inverse plan
 * (on the web, a replaced sheet too big for that response is read first, in row blocks).
 */
export class OfficeHost implements WorkbookHost, UndoableApply, SettingsStore {
  /** Sheet names in tab order, as of the last read or apply: lets a read queue every sheet before its one sync. */
  private sheetNames: string[] = [];
  private readonly protectedSheets = new Set<string>();
  /**
   * What each sheet's cells took in the last read's response: measured when it was read
   * in blocks, else at least `MIN_CELL_RESPONSE_BYTES` a cell. On the web, a read that
   * cannot fit in one response goes straight to blocks instead of being refused first.
   */
  private readonly knownResponseBytes = new Map<string, number>();
  /** The grids of the last read, until a write changes their sheet: what an undo snapshot will read back. */
  private readonly lastGrids = new Map<string, Grid>();
  private readonly settingsStore: SettingsStore | undefined;

  private constructor(private readonly options: OfficeHostOptions) {
    this.settingsStore = options.settings ? new OfficeSettingsStore(options.settings) : undefined;
  }

  /** Creates the host and learns the sheet names (one small sync, once per session). */
  static async create(options: OfficeHostOptions): Promise<OfficeHost> {
    const host = new OfficeHost(options);
    await host.refreshSheetNames();
    return host;
  }

  /** The host for the running Excel: `Excel.run`, the requirement sets it supports, the document's settings, whether it is Excel on the web. */
  static forRunningExcel(): Promise<OfficeHost> {
    return OfficeHost.create({
      run: (batch) => Excel.run(batch),
      capabilities: detectCapabilities((name, version) => Office.context.requirements.isSetSupported(name, version)),
      settings: Office.context.document.settings,
      web: Office.context.platform === Office.PlatformType.OfficeOnline,
    });
  }

  get capabilities(): OfficeCapabilities {
    return this.options.capabilities;
  }

  async readWorkbook(options?: { readonly sheets?: readonly string[] }): Promise<WorkbookGrids> {
    const names = options?.sheets ?? this.sheetNames;
    // On the web, a read the last one showed to be above 5 MB goes straight to blocks.
    const bytes = names.reduce((sum, name) => sum + (this.knownResponseBytes.get(name) ?? 0), 0);
    if (this.options.web && bytes > WEB_PAYLOAD_LIMIT_BYTES) return this.readBlocks(names);
    try {
      return await this.readOnce(options?.sheets);
    } catch (error) {
      if (officeErrorCode(error) !== 'ResponsePayloadSizeLimitExceeded') throw toHostError(error);
      // Too much for one response (Excel on the web, 5 MB): read in row blocks instead.
      return this.readBlocks(names);
    }
  }

  private async readBlocks(names: readonly string[]): Promise<WorkbookGrids> {
    try {
      const { sheets, responseBytes } = await readInBlocks(this.options.run, names, this.options.capabilities);
      const grids = { sheets };
      this.remember(grids);
      for (const [name, bytes] of responseBytes) this.knownResponseBytes.set(name, bytes);
      return grids;
    } catch (error) {
      throw toHostError(error);
    }
  }

  private async readOnce(sheets: readonly string[] | undefined): Promise<WorkbookGrids> {
    const { run, capabilities } = this.options;
    const wanted = sheets ?? this.sheetNames;
    const { names, grids } = await run(async (context) => {
      const collection = context.workbook.worksheets;
      collection.load('items/name');
      const reads = wanted.map((name) => queueSheetRead(context, name, capabilities));
      await context.sync();
      return { names: collection.items.map((s) => s.name), grids: new Map(reads.map((read) => [read.name, gridFromQueuedRead(read)])) };
    });
    this.sheetNames = names;
    // Sheets added since the names were learnt: one more sync, for them alone.
    const late = sheets ? [] : names.filter((name) => !grids.has(name));
    if (late.length > 0) {
      const more = await this.readOnce(late);
      for (const grid of more.sheets) grids.set(grid.name, grid);
    }
    const order = sheets ?? names;
    const result: WorkbookGrids = { sheets: order.map((name) => grids.get(name)).filter((g): g is Grid => g !== undefined) };
    this.remember(result);
    return result;
  }

  private remember(grids: WorkbookGrids): void {
    for (const grid of grids.sheets) {
      const top = grid.values.findIndex((row) => row.length > 0);
      const width = grid.values.reduce((max, row) => Math.max(max, row.length), 0);
      this.knownResponseBytes.set(grid.name, top < 0 ? 0 : (grid.values.length - top) * width * MIN_CELL_RESPONSE_BYTES);
      this.lastGrids.set(grid.name, grid);
      if (grid.protected) this.protectedSheets.add(grid.name);
      else this.protectedSheets.delete(grid.name);
    }
  }

  async applyEditPlan(plan: EditPlan): Promise<ApplyReport> {
    const { applied, fallbacks } = await this.apply(plan, false);
    return { applied, fallbacks };
  }

  async applyEditPlanWithUndo(plan: EditPlan): Promise<UndoableApplyReport> {
    const { applied, fallbacks, undo } = await this.apply(plan, true);
    return { applied, fallbacks, undo: undo ?? { plan: { summary: `撤销：${plan.summary}`, ops: [] }, unrestored: [] } };
  }

  private async apply(plan: EditPlan, withUndo: boolean): Promise<ApplyReport & { undo?: InversePlan }> {
    this.assertWritable(plan);
    const { run, capabilities } = this.options;
    const fallbacks = new Set<string>();
    const comments = await readCommentIndex(run, plan, capabilities, this.sheetNames);
    // On the web, the undo snapshot of a sheet the plan replaces is charged to its batch, or read before the batches when none can hold it.
    const sizes = withUndo && this.options.web ? this.sheetSnapshotSizes(plan) : new Map<string, SheetSnapshotSize | undefined>();
    const readBefore = await this.readLargeSheetSnapshots(sizes);
    const sheetBytes = (sheet: string) => (readBefore.has(sheet) ? 0 : sizes.get(sheet)?.bytes);
    const inverses: InversePlan[] = [];
    // One batch, hence one sync; on the web, as many as its 5 MB limit needs.
    const batches = this.options.web ? chunkEditPlan(plan, { withUndo, contentBytes: this.contentBytes, sheetBytes }) : [plan.ops];
    for (const ops of batches) {
      const chunk: EditPlan = { summary: plan.summary, ops };
      try {
        await run(async (context) => {
          const snapshot = withUndo ? queueSnapshot(context, snapshotTargets(chunk), capabilities, comments, readBefore) : undefined;
          // One proxy per sheet for the whole batch: Office.js then sends each sheet's lookup once.
          const sheets = new BatchSheets(context.workbook.worksheets);
          for (const op of ops) queueEditOp(context, op, { capabilities, comments, fallbacks, sheets });
          await context.sync();
          if (snapshot) inverses.push(inversePlan(chunk, snapshot.collect()));
        });
      } catch (error) {
        throw toHostError(error);
      }
    }
    this.trackSheets(plan);
    const report = { applied: plan.ops.length, fallbacks: [...fallbacks] };
    if (!withUndo) return report;
    // Chunks are undone last first, each chunk's ops already reversed.
    const reversed = inverses.reverse();
    return {
      ...report,
      undo: {
        plan: { summary: `撤销：${plan.summary}`, ops: reversed.flatMap((inverse) => inverse.plan.ops) },
        unrestored: [...new Set(reversed.flatMap((inverse) => inverse.unrestored))],
      },
    };
  }

  /**
   * The JSON size of a block's `formulas` as the last read saw it, a fifth more for
   * formulas longer than their results; undefined for a sheet not read since it was written.
   */
  private readonly contentBytes = (sheet: string, range: CellRange): number | undefined => {
    const grid = this.lastGrids.get(sheet);
    return grid ? Math.ceil(blockJsonBytes(grid, range) * 1.2) : undefined;
  };

  /**
   * What the undo snapshot of each sheet the plan replaces or deletes, and that exists, takes in
   * a response, by the last read; undefined for a sheet not read since it was written.
   */
  private sheetSnapshotSizes(plan: EditPlan): Map<string, SheetSnapshotSize | undefined> {
    const fills = this.options.capabilities.cellProperties;
    return new Map(snapshotTargets(plan).sheets.filter((sheet) => this.sheetNames.includes(sheet)).map((sheet) => {
      const grid = this.lastGrids.get(sheet);
      return [sheet, grid && sheetSnapshotBytes(grid, { fills, contentBytes: (range) => this.contentBytes(sheet, range) ?? 0 })];
    }));
  }

  /**
   * The undo snapshots no batch's 5 MB response can hold (校验结果 of tens of thousands of
   * findings; a sheet of unknown size counts as such), read in row blocks before the writes.
   */
  private async readLargeSheetSnapshots(sizes: ReadonlyMap<string, SheetSnapshotSize | undefined>): Promise<Map<string, SheetSnapshot>> {
    const large = [...sizes].filter(([, size]) => (size?.bytes ?? Infinity) > BATCH_TARGET_BYTES).map(([sheet]) => sheet);
    if (large.length === 0) return new Map();
    const rowBytes = (sheet: string) => {
      const size = sizes.get(sheet);
      return size && size.rows > 0 ? size.bytes / size.rows : undefined;
    };
    try {
      return await readSheetSnapshots(this.options.run, large, this.options.capabilities, rowBytes);
    } catch (error) {
      throw toHostError(error);
    }
  }

  /** Refuses, before anything is written, a plan that touches a protected or unknown sheet. */
  private assertWritable(plan: EditPlan): void {
    const exists = new Set(this.sheetNames);
    for (const op of plan.ops) {
      if (op.op === 'addSheet') {
        exists.add(op.sheet);
        continue;
      }
      if (op.op === 'deleteSheet') {
        exists.delete(op.sheet);
        continue;
      }
      if (!exists.has(op.sheet)) throw new HostError(`找不到工作表“${op.sheet}”。`);
      if (this.protectedSheets.has(op.sheet) && op.op !== 'protect') {
        throw new HostError(`工作表“${op.sheet}”受保护，无法修改。请先撤销工作表保护。`);
      }
    }
  }

  private trackSheets(plan: EditPlan): void {
    for (const op of plan.ops) {
      this.lastGrids.delete(op.sheet);
      if (op.op === 'addSheet' && !this.sheetNames.includes(op.sheet)) this.sheetNames.push(op.sheet);
      if (op.op === 'deleteSheet') this.sheetNames = this.sheetNames.filter((n) => n !== op.sheet);
      if (op.op === 'addSheet' || op.op === 'deleteSheet') this.protectedSheets.delete(op.sheet);
      if (op.op === 'protect') this.protectedSheets.add(op.sheet);
    }
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    try {
      await this.options.run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(address).select();
        await context.sync();
      });
    } catch (error) {
      throw toHostError(error);
    }
  }

  async activeSheet(): Promise<string> {
    return this.options.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load('name');
      await context.sync();
      return sheet.name;
    });
  }

  private async refreshSheetNames(): Promise<void> {
    this.sheetNames = await this.options.run(async (context) => {
      const collection = context.workbook.worksheets;
      collection.load('items/name');
      await context.sync();
      return collection.items.map((s) => s.name);
    });
  }

  get settingsKeptInWorkbook(): boolean {
    return this.settingsStore !== undefined;
  }

  async loadStoredSettings(): Promise<StoredSettings | undefined> {
    return this.settingsStore?.loadStoredSettings();
  }

  async saveStoredSettings(settings: StoredSettings): Promise<void> {
    await this.settingsStore?.saveStoredSettings(settings);
  }
}
