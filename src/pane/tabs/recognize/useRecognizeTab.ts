import { useCallback, useMemo } from 'react';
import { columnLetter } from '../../../core/grid/a1';
import { correctionAnchor, mergeCorrections, NO_CORRECTIONS, type TableCorrection } from '../../../core/recognize/corrections';
import { signatureOf } from '../../../core/recognize/kind-signatures';
import type { RecognizedTable } from '../../../core/recognize/recognized-table';
import { isUnsure, summarizeTable } from '../../../core/recognize/table-summary';
import { TABLE_KINDS, type ColumnRole, type RecognizedKind } from '../../../core/recognize/table-kind';
import { tableKey } from '../../core/table-key';
import { roleName, type PaneStrings } from '../../strings';
import type { PaneState } from '../../usePane';


export interface ColumnView {
  readonly letter: string;
  /** The bound role, or '' when the column has none. */
  readonly role: ColumnRole | '';
  readonly roleLabel: string;
  readonly header: string;
  readonly guessed: boolean;
}

export interface TableView {
  readonly key: string;
  readonly sheet: string;
  /** The recognised table's corner, under which corrections are kept. */
  readonly anchor: string;
  readonly kind: RecognizedKind;
  readonly overridden: boolean;
  readonly corrected: boolean;
  /** Set when the recogniser is unsure of the kind (percent). */
  readonly unsure?: number;
  readonly title?: string;
  readonly annexLabel?: string;
  readonly range: string | null;
  readonly headerRows: string;
  readonly dataRows: number;
  readonly declaredCount?: number;
  readonly repeatedHeaders: number;
  /** Every column across the table, bound or not. */
  readonly columns: readonly ColumnView[];
  readonly roleOptions: readonly { readonly value: ColumnRole | 'ignore'; readonly label: string }[];
}

export interface RecognizeTabState {
  readonly strings: PaneStrings;
  readonly ready: boolean;
  readonly sheets: readonly { readonly name: string; readonly tables: readonly TableView[] }[];
  readonly kindOptions: readonly { readonly value: RecognizedKind; readonly label: string }[];
  setKind(table: TableView, kind: RecognizedKind): void;
  /** Returns false (and saves nothing) when the text is not row numbers. */
  setHeaderRows(table: TableView, text: string): boolean;
  setColumnRole(table: TableView, letter: string, role: ColumnRole | 'ignore'): void;
  reset(table: TableView): void;
}

function viewOf(table: RecognizedTable, strings: PaneStrings, recognizedKinds: Readonly<Record<string, RecognizedKind>>): TableView | undefined {
  const summary = summarizeTable(table);
  if (summary.range === null) return undefined;
  const key = tableKey(table);
  const bound = new Map(table.columns.map((c) => [c.col, c]));
  const columns: ColumnView[] = [];
  for (let col = table.range.left; col <= table.range.right; col++) {
    const binding = bound.get(col);
    columns.push({
      letter: columnLetter(col),
      role: binding?.role ?? '',
      roleLabel: binding ? roleName(strings, binding.role) : strings.recognize.noRole,
      header: binding?.header.replace(/\s+/g, ' ') ?? '',
      guessed: Boolean(binding?.guessed && !binding.corrected),
    });
  }
  const roles = table.kind === 'unknown' ? [] : signatureOf(table.kind).roles;
  return {
    key,
    sheet: table.sheet,
    anchor: table.anchor ?? correctionAnchor(table),
    kind: table.kind,
    overridden: recognizedKinds[key] !== undefined && recognizedKinds[key] !== table.kind,
    corrected: Boolean(table.corrected),
    ...(isUnsure(summary) ? { unsure: Math.round((table.confidence ?? 0) * 100) } : {}),
    title: table.title,
    annexLabel: table.annexLabel,
    range: summary.range,
    headerRows: summary.headerRows.join(','),
    dataRows: summary.dataRows,
    declaredCount: table.declaredCount,
    repeatedHeaders: table.repeatedHeaderRows.length,
    columns,
    roleOptions: [...roles.map((value) => ({ value, label: roleName(strings, value) })), { value: 'ignore' as const, label: strings.recognize.ignore }],
  };
}

/** The 识别 tab: recognised tables per sheet, and the user's corrections (kind, header rows, column roles) saved with the workbook. */
export function useRecognizeTab(pane: PaneState): RecognizeTabState {
  const { strings, settings } = pane;
  const { workbook, analysis } = pane.analysis.state;

  const sheets = useMemo(() => {
    if (!workbook || !analysis) return [];
    return workbook.sheets.map((grid) => ({
      name: grid.name,
      tables: analysis.tables
        .filter((t) => t.sheet === grid.name)
        .map((table) => viewOf(table, strings, analysis.recognizedKinds))
        .filter((t): t is TableView => t !== undefined),
    }));
  }, [workbook, analysis, strings]);

  const kindOptions = useMemo(() => [...TABLE_KINDS, 'unknown' as const].map((value) => ({ value, label: strings.kinds[value] })), [strings]);

  /** Adds one correction of one table to what the workbook keeps, and saves. */
  const correct = useCallback((table: TableView, change: Omit<TableCorrection, 'sheet' | 'at'>) => {
    const stored = settings.stored;
    if (!stored) return;
    const corrections = mergeCorrections(stored.corrections ?? NO_CORRECTIONS, { version: 1, tables: [{ sheet: table.sheet, at: table.anchor, ...change }] });
    void settings.save({ ...stored, corrections });
  }, [settings]);

  const setKind = useCallback((table: TableView, kind: RecognizedKind) => correct(table, { kind }), [correct]);

  const setHeaderRows = useCallback((table: TableView, text: string) => {
    const rows = text.split(/[,，、\s]+/).filter(Boolean).map(Number);
    if (rows.length === 0 || rows.length > 3 || rows.some((r) => !Number.isInteger(r) || r < 1)) return false;
    if (rows.join(',') !== table.headerRows) correct(table, { headerRows: rows, ...(table.kind === 'unknown' ? {} : { kind: table.kind }) });
    return true;
  }, [correct]);

  const setColumnRole = useCallback((table: TableView, letter: string, role: ColumnRole | 'ignore') => correct(table, { columns: { [letter]: role } }), [correct]);

  const reset = useCallback((table: TableView) => {
    const stored = settings.stored;
    if (!stored) return;
    const kindOverrides = Object.fromEntries(Object.entries(stored.kindOverrides).filter(([key]) => key !== `${table.sheet}!${table.anchor}`));
    const tables = (stored.corrections ?? NO_CORRECTIONS).tables.filter((c) => !(c.sheet === table.sheet && c.at === table.anchor));
    void settings.save({ ...stored, kindOverrides, corrections: { version: 1, tables } });
  }, [settings]);

  return { strings, ready: analysis !== undefined, sheets, kindOptions, setKind, setHeaderRows, setColumnRole, reset };
}
