import { cellAddress } from '../grid/a1';
import type { Grid } from '../grid/grid';

/** A notice's own document number (发文字号) and where it stands. */
export interface DocumentNumber {
  /** The year in its brackets: `鹤创文办〔2020〕5号` → 2020. */
  readonly year: number;
  /** The text of the cell as written. */
  readonly text: string;
  readonly sheet: string;
  readonly cell: string;
}

/**
 * A cell that is a document number and nothing else (GB/T 9704 §7.2.4: 发文机关代字、年份、发文顺序号,
 * the year in 六角括号 〔〕), perhaps followed by the signer (`签发人：张三`). Offices type the brackets
 * many ways: `〔2020〕`, `[2024]`, `［2024］`, `(2024)`, `【2024】`. NFKC has folded `［` and `（`.
 */
const DOCUMENT_NUMBER = /^[\u4e00-\u9fffA-Za-z]{1,20}[〔[(【]\s*((?:19|20)\d{2})\s*[〕\])】]\s*第?\s*\d{1,4}\s*号(?:\s+签发人[:：]?\s*\S{1,10})?$/u;

/** The document number heads a notice: only the first lines of a sheet are looked at. */
const HEAD_ROWS = 6;

/**
 * The notice's document number (`鹤创文办〔2020〕5号`, `晋市城管发[2024]70号`): a cell among the
 * first non-empty rows of the sheet that holds the number alone. A number quoted in running text
 * (`文件参考晋市创文办函〔2023〕3号。`) cites another document and is not this one's, and cells
 * that `skip` names (inside recognised tables, where a 文号 column lists other documents) are left out.
 * `undefined` when there is none.
 *
 * @example findDocumentNumber(notice) // { year: 2020, text: '鹤创文办〔2020〕5号', sheet: '通知', cell: 'A1' }
 */
export function findDocumentNumber(grid: Grid, skip: (row: number, col: number) => boolean = () => false): DocumentNumber | undefined {
  let rowsSeen = 0;
  for (const [r, row] of grid.values.entries()) {
    if (rowsSeen >= HEAD_ROWS) break;
    if (!row.some((v) => v !== null && v !== '')) continue;
    rowsSeen += 1;
    for (const [c, value] of row.entries()) {
      if (typeof value !== 'string' || skip(r, c)) continue;
      const m = DOCUMENT_NUMBER.exec(value.normalize('NFKC').trim());
      if (m) return { year: Number(m[1]), text: value.trim(), sheet: grid.name, cell: cellAddress(r, c) };
    }
  }
  return undefined;
}
