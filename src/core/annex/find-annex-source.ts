import type { Grid, WorkbookGrids } from '../grid/grid';
import { recognizeTables } from '../recognize/recognize-tables';
import type { RecognizedTable } from '../recognize/recognized-table';
import { sourceKindOf, type AnnexKind } from './annex-kind';
import { isBuiltAnnex } from './annex-sheet-name';

export type AnnexSourceLookup =
  | { readonly found: true; readonly grid: Grid; readonly tables: readonly RecognizedTable[] }
  | { readonly found: false; readonly reason: 'no-such-sheet' | 'no-table'; readonly sheet?: string; readonly kindsSeen: readonly string[] };

/**
 * The tables an annex of `kind` is built from: on the named sheet, or on the
 * first sheet (tab order) that has one. Annex sheets the builder made are
 * skipped unless named, so a re-run reads the user's data, not its own output.
 */
export function findAnnexSource(workbook: WorkbookGrids, kind: AnnexKind, sheet?: string, recognized?: readonly RecognizedTable[]): AnnexSourceLookup {
  const wanted = sourceKindOf(kind);
  const grids = sheet === undefined ? workbook.sheets.filter((g) => !isBuiltAnnex(g)) : workbook.sheets.filter((g) => g.name === sheet);
  if (sheet !== undefined && grids.length === 0) return { found: false, reason: 'no-such-sheet', sheet, kindsSeen: [] };
  const kindsSeen = new Set<string>();
  for (const grid of grids) {
    // The tables as already read (with the user's corrections), else recognised here.
    const tables = recognized ? recognized.filter((t) => t.sheet === grid.name) : recognizeTables(grid);
    tables.forEach((t) => kindsSeen.add(t.kind));
    const matching = tables.filter((t) => t.kind === wanted);
    if (matching.length > 0) return { found: true, grid, tables: matching };
  }
  return { found: false, reason: 'no-table', ...(sheet === undefined ? {} : { sheet }), kindsSeen: [...kindsSeen].filter((k) => k !== 'unknown') };
}
