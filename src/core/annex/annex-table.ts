import type { ColumnRole } from '../recognize/table-kind';
import type { AnnexCell } from './_lib/clean-cell';
import type { AnnexKind } from './annex-kind';
import type { AnnexColumnSpec } from './annex-layouts';

export type { AnnexCell } from './_lib/clean-cell';

/** One column of an annex table. */
export interface AnnexColumn {
  readonly role: ColumnRole;
  /** Header text per header row, top first: `['联系领导', '市级']`, or `['序号']`. */
  readonly header: readonly string[];
  readonly spec: AnnexColumnSpec;
}

/** One body row: data, or a sub-heading (a district's own title) spanning the table. */
export interface AnnexRow {
  readonly type: 'data' | 'section';
  /** One cell per column; a section row holds its text in the first cell. */
  readonly cells: readonly AnnexCell[];
  /** Per column: the cell continues the one above ("same as above"), so the two print merged. */
  readonly continues: readonly boolean[];
  readonly bold: boolean;
}

/** What cleaning did, for the CLI's report and the pane. */
export interface CleaningReport {
  readonly rows: number;
  readonly sections: number;
  /** Copies of the header inside the source (pages pasted from Word/PDF), dropped. */
  readonly droppedHeaderRows: number;
  /** Rows whose 序号 changed when renumbered 1..n (or all rows, when 序号 was added). */
  readonly renumberedRows: number;
  /** Titles whose declared count was set to the real count. */
  readonly countFixes: readonly { readonly from: number; readonly to: number; readonly title: string }[];
  /** Personal mobiles masked (`139****3117`). */
  readonly maskedPhones: number;
}

/** A cleaned table, ready to lay out: what the annex prints, before positions and widths. */
export interface AnnexTable {
  readonly kind: AnnexKind;
  readonly title: string;
  readonly sourceSheet?: string;
  /** The annex number the source's label gave (`附件1` → 1). */
  readonly annexNumber?: number;
  readonly columns: readonly AnnexColumn[];
  /** Lines between the title and the table (`单位名称：`). */
  readonly formLines: readonly string[];
  readonly rows: readonly AnnexRow[];
  /** Note lines below the table (`注：…`). */
  readonly notes: readonly string[];
  readonly report: CleaningReport;
}

export const EMPTY_REPORT: CleaningReport = { rows: 0, sections: 1, droppedHeaderRows: 0, renumberedRows: 0, countFixes: [], maskedPhones: 0 };
