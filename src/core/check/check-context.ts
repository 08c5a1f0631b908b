import type { WorkbookGrids } from '../grid/grid';
import type { Finding } from '../findings/finding';
import type { RecognizedTable } from '../recognize/recognized-table';
import type { Settings } from '../settings';

/** What every workbook rule receives: the grids, the recognised tables, the settings. */
export interface CheckContext {
  readonly workbook: WorkbookGrids;
  readonly tables: readonly RecognizedTable[];
  readonly settings: Settings;
}

/** A rule over the whole workbook (contacts across sheets, table counts, schedule months…). */
export type WorkbookRule = (context: CheckContext) => readonly Finding[];
