import type { WorkbookGrids } from '../core/grid/grid';
import type { EditPlan } from '../core/edit-plan/edit-plan';

/** What a host could not do exactly as planned, said in Chinese (e.g. notes fell back to comments). */
export interface ApplyReport {
  readonly applied: number;
  readonly fallbacks: readonly string[];
}

/**
 * The one interface the task pane and the CLI talk to. Two implementations:
 * the xlsx host (ExcelJS: CLI, playground, tests) and the Office.js host.
 * A host holds no business rules: it reads grids and applies edit plans.
 */
export interface WorkbookHost {
  /** Reads the workbook (or the named sheets) into grids. The Office.js host does this in one `context.sync()`. */
  readWorkbook(options?: { readonly sheets?: readonly string[] }): Promise<WorkbookGrids>;
  /** Applies an edit plan. The Office.js host queues every op and syncs once (chunked only above 5 MB). */
  applyEditPlan(plan: EditPlan): Promise<ApplyReport>;
  /** Selects a cell so the user sees it (pane: clicking a finding). */
  selectCell(sheet: string, address: string): Promise<void>;
  /** The sheet the user is looking at. */
  activeSheet(): Promise<string>;
}

/** A host error the user must see: its message is already in Chinese. */
export class HostError extends Error {
  override readonly name = 'HostError';
}
