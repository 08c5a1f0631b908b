import type { WorkbookRule } from '../check/check-context';
import { cellAddress } from '../grid/a1';
import { makeFinding, type Finding } from '../findings/finding';
import { comparableTitle, readAnnexLists } from './annex-list';

/**
 * ANNEX_TITLE_MISMATCH: a notice's 附件说明 (`附件：1．…`) must name each annex
 * as its table's title does (GB/T 9704-2012 §7.3.5, §8). Each listed title is
 * compared with the titles of the tables labelled with that number
 * (`附件1`) elsewhere in the workbook, ignoring spaces, quotation marks and
 * bracketed scope; one match is enough (several district tables share one
 * label). A listed annex the workbook does not hold is not reported: it may
 * be a separate file.
 */
export const checkAnnexTitles: WorkbookRule = ({ workbook, tables }) => {
  const findings: Finding[] = [];
  for (const grid of workbook.sheets) {
    for (const listed of readAnnexLists(grid)) {
      const annexes = tables.filter((t) => t.sheet !== grid.name && t.annexNumber === listed.number && t.title !== undefined);
      if (annexes.length === 0) continue;
      const wanted = comparableTitle(listed.title);
      if (annexes.some((t) => comparableTitle(t.title!) === wanted)) continue;
      findings.push(makeFinding('ANNEX_TITLE_MISMATCH', grid.name, cellAddress(listed.row, listed.col), {
        listed: listed.title,
        number: listed.number,
        actual: annexes[0].title!,
      }));
    }
  }
  return findings;
};
