import type { PageSetup } from '../../core/edit-plan/edit-plan';

/** Office.js page margins are in points; the plan's are in millimetres (GB/T 9704 gives mm). */
const POINTS_PER_MM = 72 / 25.4;

/**
 * Queues a page setup (ExcelApi 1.9): A4, orientation, margins, print titles,
 * footer, fit to width. The footer comes in Excel's header/footer code
 * (`&C— &P —`) and is split into its left, centre and right sections.
 */
export function queuePageSetup(sheet: Excel.Worksheet, setup: PageSetup): void {
  const layout = sheet.pageLayout;
  layout.paperSize = 'A4';
  layout.orientation = setup.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  const m = setup.margins;
  if (m) {
    layout.topMargin = m.top * POINTS_PER_MM;
    layout.bottomMargin = m.bottom * POINTS_PER_MM;
    layout.leftMargin = m.left * POINTS_PER_MM;
    layout.rightMargin = m.right * POINTS_PER_MM;
    if (m.header !== undefined) layout.headerMargin = m.header * POINTS_PER_MM;
    if (m.footer !== undefined) layout.footerMargin = m.footer * POINTS_PER_MM;
  }
  if (setup.horizontalCentered !== undefined) layout.centerHorizontally = setup.horizontalCentered;
  if (setup.printTitleRows) layout.setPrintTitleRows(absoluteRows(setup.printTitleRows));
  if (setup.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (setup.footer !== undefined) {
    const sections = footerSections(setup.footer);
    const footer = layout.headersFooters.defaultForAllPages;
    footer.leftFooter = sections.left;
    footer.centerFooter = sections.center;
    footer.rightFooter = sections.right;
  }
}

/** `4:5` → `$4:$5`, the form `setPrintTitleRows` expects. */
function absoluteRows(rows: string): string {
  return rows.split(':').map((r) => `$${r.replace(/\$/g, '')}`).join(':');
}

/**
 * Splits Excel's header/footer code into sections: `&L左&C— &P —&R右` →
 * { left: '左', center: '— &P —', right: '右' }. Text before any section code is centred.
 */
export function footerSections(code: string): { left: string; center: string; right: string } {
  const sections = { left: '', center: '', right: '' };
  let current: keyof typeof sections = 'center';
  let text = '';
  for (let i = 0; i < code.length; i++) {
    const next = code[i + 1];
    if (code[i] === '&' && (next === 'L' || next === 'C' || next === 'R')) {
      sections[current] += text;
      text = '';
      current = next === 'L' ? 'left' : next === 'C' ? 'center' : 'right';
      i += 1;
    } else {
      text += code[i];
    }
  }
  sections[current] += text;
  return sections;
}
