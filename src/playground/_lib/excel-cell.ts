import type ExcelJS from 'exceljs';
import type { CellInput } from '../../core/edit-plan/edit-plan';

/**
 * Small readers of ExcelJS cells for the playground: what a cell holds as an
 * edit-plan input (formulas stay formulas), its solid fill, its note. Type-only
 * ExcelJS import: the library itself is loaded lazily with the workbook.
 */
export function cellInputOf(cell: ExcelJS.Cell): CellInput {
  const raw = cell.value;
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' || raw instanceof Date) return raw;
  if ('formula' in raw && typeof raw.formula === 'string') return { formula: raw.formula };
  if ('sharedFormula' in raw) return { formula: cell.formula ?? '' };
  if ('richText' in raw) return raw.richText.map((run) => run.text).join('');
  if ('hyperlink' in raw && typeof raw.hyperlink === 'string') {
    const text = typeof raw.text === 'string' ? raw.text : cell.text;
    return { text, hyperlink: raw.hyperlink };
  }
  if ('error' in raw) return String(raw.error);
  return cell.text;
}

/** `#RRGGBB` of a solid fill with an RGB colour, else null (no fill, patterns, theme colours). */
export function fillOf(cell: ExcelJS.Cell): string | null {
  const fill = cell.fill;
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return null;
  const argb = fill.fgColor?.argb;
  return typeof argb === 'string' && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : null;
}

/** The formula a cell holds (without `=`), shared formulas included, else null. */
export function formulaOf(cell: ExcelJS.Cell): string | null {
  const raw = cell.value;
  if (raw === null || typeof raw !== 'object' || !('formula' in raw || 'sharedFormula' in raw)) return null;
  return cell.formula || null;
}

/**
 * A number as its percent format shows it (`0%`, `0.0%`): the score sheet's goal
 * share is 0.6 in the cell and `60%` on screen. Other formats keep the plain text.
 */
export function percentText(value: unknown, numFmt: string | undefined): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || !numFmt) return null;
  const m = /^0(?:\.(0+))?%$/.exec(numFmt.trim());
  if (!m) return null;
  return `${(value * 100).toFixed(m[1]?.length ?? 0)}%`;
}

/** A cell's note as plain text, or null. */
export function noteOf(cell: ExcelJS.Cell): string | null {
  const note = cell.note as unknown;
  if (note === undefined || note === null) return null;
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text?: string }[] }).texts;
  return Array.isArray(texts) ? texts.map((t) => t.text ?? '').join('') : null;
}

/** The used range of a sheet (1-based, inclusive), or undefined when it is empty. */
export function usedBounds(sheet: ExcelJS.Worksheet): { top: number; left: number; bottom: number; right: number } | undefined {
  let bounds: { top: number; left: number; bottom: number; right: number } | undefined;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (_cell, c) => {
      bounds = bounds
        ? { top: Math.min(bounds.top, r), left: Math.min(bounds.left, c), bottom: Math.max(bounds.bottom, r), right: Math.max(bounds.right, c) }
        : { top: r, left: c, bottom: r, right: c };
    });
  });
  return bounds;
}
