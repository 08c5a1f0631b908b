import type ExcelJS from 'exceljs';
import type { EditPlan } from '../core/edit-plan/edit-plan';
import { inversePlan } from '../core/edit-plan/inverse-plan';
import { snapshotTargets } from '../core/edit-plan/plan-snapshot';
import { parseCellAddress } from '../core/grid/a1';
import { cellText } from '../core/grid/cell-text';
import { columnCount, type WorkbookGrids } from '../core/grid/grid';
import type { SettingsStore, StoredSettings, UndoableApply, UndoableApplyReport } from '../hosts/host-capabilities';
import type { ApplyReport, WorkbookHost } from '../hosts/workbook-host';
import { sheetToGrid } from '../hosts/xlsx/read-grids';
import { XlsxHost } from '../hosts/xlsx/xlsx-host';
import { SETTINGS_SHEET } from '../hosts/xlsx/xlsx-settings-sheet';
import { fillOf, formulaOf, noteOf, percentText } from './_lib/excel-cell';
import { readXlsxSnapshot } from './_lib/read-xlsx-snapshot';
import { VIEW_LIMITS, type CellView, type SheetView } from './sheet-view';

/**
 * The playground's host: the xlsx host (ExcelJS, in the browser) plus what a
 * page without Excel needs: a change signal for the grid view, exact undo
 * snapshots read from ExcelJS, settings held for the session, and a view of
 * each sheet to draw. This module is loaded lazily, with ExcelJS.
 */
export class PlaygroundHost implements WorkbookHost, UndoableApply, SettingsStore {
  private readonly listeners = new Set<() => void>();
  private revision = 0;
  private active: string | undefined;

  private constructor(private readonly xlsx: XlsxHost) {}

  static async open(bytes: ArrayBuffer | Uint8Array): Promise<PlaygroundHost> {
    return new PlaygroundHost(await XlsxHost.fromBuffer(bytes));
  }

  private get workbook(): ExcelJS.Workbook {
    return this.xlsx.workbook;
  }

  /** For `useSyncExternalStore`: a number that changes with every edit or selection. */
  get version(): number {
    return this.revision;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed(): void {
    this.revision += 1;
    for (const listener of this.listeners) listener();
  }

  readWorkbook(options?: { readonly sheets?: readonly string[] }): Promise<WorkbookGrids> {
    return this.xlsx.readWorkbook(options);
  }

  async applyEditPlan(plan: EditPlan): Promise<ApplyReport> {
    try {
      const report = await this.xlsx.applyEditPlan(plan);
      // As Excel would: a sheet the plan adds with `activate` comes to the front.
      const activated = plan.ops.filter((op) => op.op === 'addSheet' && op.activate).pop();
      if (activated) this.active = activated.sheet;
      return report;
    } finally {
      this.changed();
    }
  }

  async applyEditPlanWithUndo(plan: EditPlan): Promise<UndoableApplyReport> {
    const snapshot = readXlsxSnapshot(this.workbook, snapshotTargets(plan));
    const report = await this.applyEditPlan(plan);
    return { ...report, undo: inversePlan(plan, snapshot) };
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    await this.xlsx.selectCell(sheet, address);
    this.active = sheet;
    this.changed();
  }

  async activeSheet(): Promise<string> {
    return this.active ?? this.xlsx.activeSheet();
  }

  /** The sheet the grid shows: the last one selected or clicked, else the workbook's active tab. */
  get shownSheet(): string {
    const names = this.sheetNames();
    return this.active && names.includes(this.active) ? this.active : names[0] ?? '';
  }

  /** The sheet the user clicked in the grid's tabs. */
  showSheet(sheet: string): void {
    this.active = sheet;
    this.changed();
  }

  get selection(): { sheet: string; address: string } | undefined {
    return this.xlsx.selectedCell;
  }

  /**
   * Settings and recognition corrections go into the workbook as the xlsx host keeps them
   * (its hidden settings sheet), so the downloaded file carries them to the CLI.
   */
  readonly settingsKeptInWorkbook = true;

  async loadStoredSettings(): Promise<StoredSettings | undefined> {
    return this.xlsx.loadStoredSettings();
  }

  async saveStoredSettings(settings: StoredSettings): Promise<void> {
    await this.xlsx.saveStoredSettings(settings);
  }

  toBuffer(): Promise<Uint8Array> {
    return this.xlsx.toBuffer();
  }

  sheetNames(): string[] {
    return this.workbook.worksheets.filter((s) => s.name !== SETTINGS_SHEET).map((s) => s.name);
  }

  /** What the grid draws of a sheet: text as the core reads it, fills, bold, notes, merges, widths. */
  sheetView(name: string): SheetView | undefined {
    const sheet = this.workbook.getWorksheet(name);
    if (!sheet) return undefined;
    // The same reading the core gets, so the grid shows what the checks saw.
    const grid = sheetToGrid(sheet, VIEW_LIMITS.rows);
    const rows = Math.min(Math.max(grid.values.length, sheet.rowCount), VIEW_LIMITS.rows);
    const cols = Math.min(Math.max(columnCount(grid), sheet.columnCount), VIEW_LIMITS.cols);
    const cells: (CellView | null)[][] = [];
    for (let r = 0; r < rows; r++) {
      const row: (CellView | null)[] = [];
      for (let c = 0; c < cols; c++) {
        const cell = sheet.getCell(r + 1, c + 1);
        const value = grid.values[r]?.[c] ?? null;
        const text = percentText(value, grid.numberFormats?.[r]?.[c]) ?? cellText(value);
        const fill = fillOf(cell);
        const note = noteOf(cell);
        const formula = formulaOf(cell);
        const bold = cell.font?.bold === true;
        const horizontal = cell.alignment?.horizontal;
        const align = horizontal === 'center' || horizontal === 'centerContinuous' ? 'center' : horizontal === 'right' ? 'right' : undefined;
        row.push(text === '' && !fill && !note && !formula ? null : {
          text, ...(fill ? { fill } : {}), ...(bold ? { bold } : {}), ...(align ? { align } : {}), ...(note ? { note } : {}), ...(formula ? { formula } : {}),
        });
      }
      cells.push(row);
    }
    const widths = Array.from({ length: cols }, (_, i) => {
      const chars = sheet.getColumn(i + 1).width ?? 8.43;
      // Excel: pixels = characters × 7 + 5 at the default font; wide columns are capped so the grid stays readable.
      return Math.min(320, Math.max(24, Math.round(chars * 7 + 5)));
    });
    const clipped = sheet.rowCount > rows || sheet.columnCount > cols || grid.truncated === true;
    return { name, rows, cols, clipped, cells, merges: grid.merges, widths };
  }

  /** 0-based (row, col) of the selected cell when it is on `sheet`. */
  selectedOn(sheet: string): { row: number; col: number } | undefined {
    const selection = this.selection;
    if (!selection || selection.sheet !== sheet) return undefined;
    return parseCellAddress(selection.address.split(':')[0]);
  }
}
