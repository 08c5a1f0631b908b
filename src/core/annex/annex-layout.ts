import type { ColumnRole } from '../recognize/table-kind';
import type { AnnexKind } from './annex-kind';
import type { AnnexCell, CleaningReport } from './annex-table';
import type { Orientation } from './fit-columns';

/** What one row of the annex sheet is. */
export type AnnexRowRole = 'label' | 'blank' | 'title' | 'form' | 'header' | 'section' | 'data' | 'note';

export interface AnnexLayoutRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly role: AnnexRowRole;
  /** Points. */
  readonly height: number;
  /** Values from column A; `null` for empty and merged-away cells. */
  readonly cells: readonly AnnexCell[];
  readonly bold?: boolean;
}

export interface AnnexLayoutColumn {
  /** `A`, `B`, … */
  readonly letter: string;
  readonly role: ColumnRole;
  readonly header: readonly string[];
  /** Excel column width (digits of the default font). */
  readonly width: number;
  readonly align: 'center' | 'left';
  /** Text columns are formatted `@`, so phones and codes stay text. */
  readonly text: boolean;
}

export interface FontSpec {
  readonly name: string;
  readonly size: number;
  readonly bold: boolean;
}

/**
 * The resolved layout of one annex sheet: everything the plan writes, as data
 * (printed by `wenming annex --json`, described in the golden files).
 */
export interface AnnexLayout {
  readonly kind: AnnexKind;
  readonly sheet: string;
  /** Why the sheet is not simply `附件N` (the name belongs to a sheet the builder did not make). */
  readonly sheetNote?: string;
  /** True when a sheet of this name exists and is an annex built earlier: it is replaced. */
  readonly replaces: boolean;
  readonly number: number;
  readonly title: string;
  readonly page: {
    readonly paperSize: 'A4';
    readonly orientation: Orientation;
    readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number; readonly header: number; readonly footer: number };
    readonly footer: string;
    /** `4:4`, or `4:5` for a two-row header. */
    readonly printTitleRows: string;
    readonly fitToWidth: boolean;
    /** Manual page breaks after these rows, so merged categories and sub-headings stay with their rows. */
    readonly rowBreaks: readonly number[];
    readonly textWidthMm: number;
    readonly tableWidthMm: number;
  };
  readonly fonts: { readonly label: FontSpec; readonly title: FontSpec; readonly header: FontSpec; readonly body: FontSpec };
  readonly columns: readonly AnnexLayoutColumn[];
  /** The table's rows, 1-based, inclusive. */
  readonly tableRows: { readonly header: readonly [number, number]; readonly body: readonly [number, number] };
  readonly rows: readonly AnnexLayoutRow[];
  /** A1 ranges. */
  readonly merges: readonly string[];
  readonly report: CleaningReport;
}
