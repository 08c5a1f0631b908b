/**
 * The worksheet proxies of one batch, each sheet looked up once. Office.js sends a proxy's
 * object path once per batch, so 25,000 ops on one sheet (validate-and-mark at 100,000 rows)
 * carry one `getItem('附件1')`, not 25,000. Adding or deleting a sheet drops what was kept
 * for its name: a replaced sheet is a new object.
 */
export class BatchSheets {
  private readonly sheets = new Map<string, Excel.Worksheet>();
  private readonly notes = new Map<string, Excel.NoteCollection>();

  constructor(private readonly worksheets: Excel.WorksheetCollection) {}

  get(name: string): Excel.Worksheet {
    let sheet = this.sheets.get(name);
    if (sheet === undefined) {
      sheet = this.worksheets.getItem(name);
      this.sheets.set(name, sheet);
    }
    return sheet;
  }

  /** The sheet's notes collection (ExcelApi 1.18). */
  notesOf(name: string): Excel.NoteCollection {
    let notes = this.notes.get(name);
    if (notes === undefined) {
      notes = this.get(name).notes;
      this.notes.set(name, notes);
    }
    return notes;
  }

  /** A sheet just added in this batch: later ops use its proxy. */
  added(name: string, sheet: Excel.Worksheet): void {
    this.notes.delete(name);
    this.sheets.set(name, sheet);
  }

  deleted(name: string): void {
    this.sheets.delete(name);
    this.notes.delete(name);
  }
}
