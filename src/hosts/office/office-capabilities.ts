/**
 * Which parts of the Excel JavaScript API the running Excel has. Checked once,
 * at start-up, with `Office.context.requirements.isSetSupported`, so the host
 * can choose a fallback instead of failing half-way through a batch.
 */
export interface OfficeCapabilities {
  /** Cell notes, `worksheet.notes` (ExcelApi 1.18). */
  readonly notes: boolean;
  /** Threaded comments, `workbook.comments` (ExcelApi 1.10): the fallback for notes. */
  readonly comments: boolean;
  /** `range.getMergedAreasOrNullObject()` (ExcelApi 1.13). */
  readonly mergedAreas: boolean;
  /** `worksheet.pageLayout`, print titles, headers and footers (ExcelApi 1.9). */
  readonly pageLayout: boolean;
  /** `range.getCellProperties()` for per-cell fills in undo snapshots (ExcelApi 1.9). */
  readonly cellProperties: boolean;
  /** `range.hyperlink` (ExcelApi 1.7). */
  readonly hyperlinks: boolean;
  /** `freezePanes.freezeAt` (ExcelApi 1.7). */
  readonly freezeAt: boolean;
  /** `range.getSpecialCellsOrNullObject`, to find error cells without loading every cell's value type (ExcelApi 1.9). */
  readonly specialCells: boolean;
}

/** The requirement set each capability needs, as Microsoft's reference lists it. */
export const CAPABILITY_REQUIREMENTS: Readonly<Record<keyof OfficeCapabilities, string>> = {
  notes: '1.18',
  comments: '1.10',
  mergedAreas: '1.13',
  pageLayout: '1.9',
  cellProperties: '1.9',
  hyperlinks: '1.7',
  freezeAt: '1.7',
  specialCells: '1.9',
};

/** What a host with every capability has (the fake Excel in tests, recent Excel 365). */
export const ALL_CAPABILITIES: OfficeCapabilities = {
  notes: true, comments: true, mergedAreas: true, pageLayout: true, cellProperties: true, hyperlinks: true, freezeAt: true, specialCells: true,
};

/** Asks Office about each requirement set; `isSetSupported` is `Office.context.requirements.isSetSupported`. */
export function detectCapabilities(isSetSupported: (name: string, version: string) => boolean): OfficeCapabilities {
  const has = (key: keyof OfficeCapabilities) => {
    try {
      return isSetSupported('ExcelApi', CAPABILITY_REQUIREMENTS[key]);
    } catch {
      return false;
    }
  };
  return {
    notes: has('notes'), comments: has('comments'), mergedAreas: has('mergedAreas'), pageLayout: has('pageLayout'),
    cellProperties: has('cellProperties'), hyperlinks: has('hyperlinks'), freezeAt: has('freezeAt'), specialCells: has('specialCells'),
  };
}
