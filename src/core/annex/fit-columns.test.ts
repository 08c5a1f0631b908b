import { templateTable } from './annex-template';
import type { AnnexTable } from './annex-table';
import { fitColumns } from './fit-columns';

function withText(table: AnnexTable, role: string, text: string): AnnexTable {
  const i = table.columns.findIndex((c) => c.role === role);
  return { ...table, rows: table.rows.map((r) => ({ ...r, cells: r.cells.map((v, j) => (j === i ? text : v)) })) };
}

describe('fitColumns', () => {
  test('a narrow table stays upright in 小四 and fills the 156 mm text block', () => {
    const fit = fitColumns(templateTable('roster', 3));
    expect([fit.orientation, fit.fontSize, fit.fitToWidth]).toEqual(['portrait', 12, false]);
    expect(fit.tableWidthMm).toBeGreaterThan(150);
    expect(fit.tableWidthMm).toBeLessThanOrEqual(156);
  });

  test('a ten-column checklist turns to landscape, in 五号, inside the 225 mm block', () => {
    const fit = fitColumns(withText(templateTable('indicator-checklist', 3), 'requirement', '提供2021年本市把核心价值观融入市民公约的情况说明报告和图片资料。'.repeat(3)));
    expect([fit.orientation, fit.fontSize]).toEqual(['landscape', 10.5]);
    expect(fit.tableWidthMm).toBeLessThanOrEqual(225);
  });

  test('a phone number is never cut: its column is at least 11 digits wide', () => {
    const fit = fitColumns(withText(templateTable('pairing-plan', 3), 'contact', '郭小倩13939263117'));
    const i = templateTable('pairing-plan', 3).columns.findIndex((c) => c.role === 'contact');
    expect(fit.widths[i]).toBeGreaterThanOrEqual(11 * (fit.fontSize / 10.5) + 1);
  });

  test('long text wraps in a capped column instead of widening the table', () => {
    const fit = fitColumns(withText(templateTable('roster', 3), 'title', '街道党工委副书记'.repeat(20)));
    expect(fit.orientation).toBe('portrait');
  });
});
