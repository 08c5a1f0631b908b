import { columnLetter, rangeAddress } from '../grid/a1';
import type { RecognizedTable } from './recognized-table';
import type { RecognizedKind } from './table-kind';

/** A recognised table as the CLI's `--json` prints it (DOMAIN §7): A1 ranges, 1-based rows, column letters. */
export interface TableSummary {
  readonly sheet: string;
  readonly kind: RecognizedKind;
  readonly range: string | null;
  readonly headerRow: number | null;
  readonly headerRows: readonly number[];
  /** Role → column letter; a role bound to several columns lists them all. */
  readonly columns: Readonly<Record<string, string | readonly string[]>>;
  readonly annex?: string;
  readonly title?: string;
  readonly declaredCount?: number;
  readonly dataRows: number;
  readonly repeatedHeaderRows?: readonly number[];
  /** How sure the kind is (0–1); below 0.7 the CLI and the pane ask the user to look. */
  readonly confidence?: number;
  /** Roles the recogniser guessed (a word inside a longer header, a one-character slip): role → column letter. */
  readonly guessed?: Readonly<Record<string, string>>;
  /** True when a stored correction set this table's kind, header or columns. */
  readonly corrected?: boolean;
}

/**
 * @example summarizeTable(table) // { sheet: '附件1', kind: 'pairing-plan', range: 'A3:E49', headerRow: 3, columns: { seq: 'A', … }, declaredCount: 46, dataRows: 46 }
 */
export function summarizeTable(table: RecognizedTable): TableSummary {
  const columns: Record<string, string | string[]> = {};
  for (const { role, col } of table.columns) {
    const letter = columnLetter(col);
    const existing = columns[role];
    columns[role] = existing === undefined ? letter : [...(Array.isArray(existing) ? existing : [existing]), letter];
  }
  const guessed = table.columns.filter((c) => c.guessed && !c.corrected);
  const empty = table.kind === 'unknown' && table.headerRows.length === 0 && table.dataRows.length === 0;
  return {
    sheet: table.sheet,
    kind: table.kind,
    range: empty ? null : rangeAddress(table.range),
    headerRow: table.headerRows.length > 0 ? table.headerRows[0] + 1 : null,
    headerRows: table.headerRows.map((r) => r + 1),
    columns,
    ...(table.annexLabel ? { annex: table.annexLabel } : {}),
    ...(table.title ? { title: table.title } : {}),
    ...(table.declaredCount !== undefined ? { declaredCount: table.declaredCount } : {}),
    dataRows: table.dataRows.length,
    ...(table.repeatedHeaderRows.length > 0 ? { repeatedHeaderRows: table.repeatedHeaderRows.map((r) => r + 1) } : {}),
    ...(table.confidence === undefined ? {} : { confidence: table.confidence }),
    ...(guessed.length > 0 ? { guessed: Object.fromEntries(guessed.map((c) => [c.role, columnLetter(c.col)])) } : {}),
    ...(table.corrected ? { corrected: true } : {}),
  };
}

/** Below this confidence the CLI and the pane ask the user to check a table (and correct it if need be). */
export const UNSURE_CONFIDENCE = 0.7;

/** True when recognition should say it is unsure of a table: not corrected by the user, and below `UNSURE_CONFIDENCE`. */
export function isUnsure(table: Pick<TableSummary, 'confidence' | 'corrected'>): boolean {
  return !table.corrected && table.confidence !== undefined && table.confidence < UNSURE_CONFIDENCE;
}
