import { makeFinding, type Finding } from '../findings/finding';
import type { CheckContext } from './check-context';

/** Sheet-level facts the user must know: a protected sheet is read, not changed; a huge one was cut. */
export function checkSheets({ workbook }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const grid of workbook.sheets) {
    if (grid.protected) findings.push(makeFinding('SHEET_PROTECTED', grid.name, 'A1', { sheet: grid.name }));
    if (grid.truncated) findings.push(makeFinding('SHEET_TRUNCATED', grid.name, 'A1', { rows: grid.values.length }));
  }
  return findings;
}
