import ExcelJS from 'exceljs';
import type { EditPlan } from '../../core/edit-plan/edit-plan';
import type { WorkbookGrids } from '../../core/grid/grid';
import { HostError, type ApplyReport, type WorkbookHost } from '../workbook-host';
import { applyEditPlanToWorkbook } from './apply-edit-plan';
import { workbookToGrids } from './read-grids';
import type { SettingsStore, StoredSettings } from '../host-capabilities';
import { readSettingsSheet, writeSettingsSheet } from './xlsx-settings-sheet';

/**
 * The xlsx host: a workbook held in memory by ExcelJS. Used by the CLI, the
 * playground (in the browser) and the tests. No file system here: callers
 * pass bytes in and take bytes out.
 */
export class XlsxHost implements WorkbookHost, SettingsStore {
  readonly settingsKeptInWorkbook = true;

  private selection: { sheet: string; address: string } | undefined;

  private constructor(readonly workbook: ExcelJS.Workbook) {}

  /** Opens .xlsx bytes; a file that is not a readable workbook gives a HostError in Chinese. */
  static async fromBuffer(data: ArrayBuffer | Uint8Array): Promise<XlsxHost> {
    const workbook = new ExcelJS.Workbook();
    try {
      const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch (error) {
      void error;
      throw new HostError("无法读取该文件：它不是有效的 .xlsx 工作簿，或已损坏。如是 .xls 或 .et 文件，请先另存为 .xlsx。");
    }
    return new XlsxHost(workbook);
  }

  /** An empty workbook, for templates and tests. */
  static empty(): XlsxHost {
    return new XlsxHost(new ExcelJS.Workbook());
  }

  async toBuffer(): Promise<Uint8Array> {
    const buffer = await this.workbook.xlsx.writeBuffer();
    return new Uint8Array(buffer as ArrayBuffer);
  }

  async readWorkbook(options?: { readonly sheets?: readonly string[] }): Promise<WorkbookGrids> {
    return workbookToGrids(this.workbook, options?.sheets);
  }

  /** The pane's settings and the user's recognition corrections, from the hidden settings sheet. */
  async loadStoredSettings(): Promise<StoredSettings | undefined> {
    return readSettingsSheet(this.workbook);
  }

  /** Kept in the workbook: `toBuffer` writes them with the file. */
  async saveStoredSettings(stored: StoredSettings): Promise<void> {
    writeSettingsSheet(this.workbook, stored);
  }

  async applyEditPlan(plan: EditPlan): Promise<ApplyReport> {
    return applyEditPlanToWorkbook(this.workbook, plan);
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    if (!this.workbook.getWorksheet(sheet)) throw new HostError(`找不到工作表“${sheet}”。`);
    this.selection = { sheet, address };
  }

  /** The last cell selected through `selectCell` (the playground highlights it). */
  get selectedCell(): { sheet: string; address: string } | undefined {
    return this.selection;
  }

  async activeSheet(): Promise<string> {
    const views = this.workbook.views;
    const index = views && views[0] ? views[0].activeTab ?? 0 : 0;
    const sheet = this.workbook.worksheets[index] ?? this.workbook.worksheets[0];
    return this.selection?.sheet ?? sheet?.name ?? '';
  }
}
