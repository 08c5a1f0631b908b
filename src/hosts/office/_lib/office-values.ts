import type { CellInput } from '../../../core/edit-plan/edit-plan';
import type { CellValue } from '../../../core/grid/grid';

/**
 * Conversions between Office.js cell values and the core's. Office.js gives
 * `values` as number | string | boolean with `valueTypes` beside them; an
 * error arrives as its text (`#REF!`) with type `Error`, an empty cell as ''.
 * Dates stay serial numbers: the grid's number formats tell the core they are dates.
 */
export function cellValueFromOffice(value: unknown, valueType: string | undefined): CellValue {
  if (valueType === 'Error') return { error: String(value) };
  if (valueType === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

/**
 * A cell's `formulas` entry back to a CellInput: `=SUM(A1:A3)` → `{ formula: 'SUM(A1:A3)' }`,
 * '' → null, constants as they are. Used by undo snapshots so formulas come back as formulas.
 */
export function cellInputFromFormula(entry: unknown): CellInput {
  if (entry === '' || entry === null || entry === undefined) return null;
  if (typeof entry === 'string' && entry.startsWith('=')) return { formula: entry.slice(1) };
  if (typeof entry === 'number' || typeof entry === 'boolean' || typeof entry === 'string') return entry;
  return String(entry);
}

/** Excel's day 0 is 1899-12-30 (the 1900 leap-year bug folded in). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A Date as an Excel serial, in UTC as the core builds its dates: 2020-06-30 → 44012. */
export function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
}

/**
 * Text Excel would turn into something else when written through `formulas`
 * (it parses input as if typed): numbers, dates (`6月30日` in Chinese Excel),
 * percentages, booleans, formulas, error literals. Such text gets Excel's own
 * text marker, a leading apostrophe, which Excel keeps out of the cell's value.
 * A phone `13939263117` stays text, a landline `0392-3311234` keeps its 0.
 */
export function needsTextMarker(text: string): boolean {
  return /^[=+\-@'#\s]/.test(text) || /[0-9０-９]/.test(text) || /^(true|false)$/i.test(text);
}

/** One CellInput as an entry of a `range.formulas` matrix. */
export function formulaEntry(input: CellInput): string | number | boolean {
  if (input === null) return '';
  if (typeof input === 'string') return input !== '' && needsTextMarker(input) ? `'${input}` : input;
  if (typeof input === 'number' || typeof input === 'boolean') return input;
  if (input instanceof Date) return dateToSerial(input);
  if ('formula' in input) return withEquals(input.formula);
  return needsTextMarker(input.text) ? `'${input.text}` : input.text;
}

/** A formula as Office.js wants it, with its `=`: `SUM(A1)` → `=SUM(A1)`; `=$H$3:$H$6` stays. */
export function withEquals(formula: string): string {
  return formula.startsWith('=') ? formula : `=${formula}`;
}
