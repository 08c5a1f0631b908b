import { HyperFormula, type RawCellContent } from 'hyperformula';

/**
 * Test-only: the real spreadsheet engine every emitted formula is checked with.
 * `useArrayArithmetic` lets HyperFormula evaluate array expressions inside
 * SUMPRODUCT the way Excel 2010 and WPS do natively.
 */
export const HYPERFORMULA_CONFIG = { licenseKey: 'gpl-v3', useArrayArithmetic: true } as const;

export type Sheets = Record<string, RawCellContent[][]>;

export function buildEngine(sheets: Sheets): HyperFormula {
  return HyperFormula.buildFromSheets(sheets, HYPERFORMULA_CONFIG);
}

/** Evaluates one formula (written without `=`) placed in A1 of `formulaSheet`, next to the given sheets. */
export function evaluateFormula(sheets: Sheets, formulaSheet: string, formula: string): unknown {
  const engine = buildEngine({ ...sheets, [formulaSheet]: [[`=${formula}`]] });
  try {
    return plain(engine.getCellValue({ sheet: engine.getSheetId(formulaSheet)!, row: 0, col: 0 }));
  } finally {
    engine.destroy();
  }
}

/** A cell value as a test compares it: errors become their code (`#DIV/0!`). */
export function plain(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && 'value' in value) return (value as { value: unknown }).value;
  return value;
}
