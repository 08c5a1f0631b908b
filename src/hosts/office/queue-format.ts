import type { BorderStyle, CellFormat, ConditionalFormatRule } from '../../core/edit-plan/edit-plan';
import type { CellRange } from '../../core/grid/grid';
import { withEquals } from './_lib/office-values';

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right', justify: 'Justify' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

/** Queues a CellFormat on a range (no sync). `size` is the range's extent, for matrices and inner borders. */
export function queueCellFormat(range: Excel.Range, format: CellFormat, size: CellRange): void {
  const rows = size.bottom - size.top + 1;
  const cols = size.right - size.left + 1;
  const { font } = format;
  if (font) {
    if (font.name !== undefined) range.format.font.name = font.name;
    if (font.size !== undefined) range.format.font.size = font.size;
    if (font.bold !== undefined) range.format.font.bold = font.bold;
    if (font.italic !== undefined) range.format.font.italic = font.italic;
    if (font.color !== undefined) range.format.font.color = font.color;
  }
  if (format.fill === null) range.format.fill.clear();
  else if (format.fill !== undefined) range.format.fill.color = format.fill;
  if (format.horizontal) range.format.horizontalAlignment = HORIZONTAL[format.horizontal];
  if (format.vertical) range.format.verticalAlignment = VERTICAL[format.vertical];
  if (format.wrap !== undefined) range.format.wrapText = format.wrap;
  if (format.numberFormat !== undefined) {
    // Office.js takes number formats as a matrix the size of the range.
    const fmt = format.numberFormat;
    range.numberFormat = Array.from({ length: rows }, () => new Array<string>(cols).fill(fmt));
  }
  if (format.border) queueBorders(range, format.border, rows > 1, cols > 1);
  if (format.locked !== undefined) range.format.protection.locked = format.locked;
}

function queueBorders(range: Excel.Range, style: BorderStyle, innerHorizontal: boolean, innerVertical: boolean): void {
  // String literals, not the Excel.* enums: those exist only once office.js has loaded.
  const edges: ('EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical')[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  if (innerHorizontal) edges.push('InsideHorizontal');
  if (innerVertical) edges.push('InsideVertical');
  for (const edge of edges) {
    const border = range.format.borders.getItem(edge);
    if (style === 'none') {
      border.style = 'None';
    } else {
      border.style = 'Continuous';
      border.weight = style === 'medium' ? 'Medium' : 'Thin';
    }
  }
}

const CELL_IS_OPERATOR = { greaterThan: 'GreaterThan', lessThan: 'LessThan', between: 'Between', equal: 'EqualTo' } as const;

/** Queues a conditional format: an expression (`=$F4<80`) or a cell-value comparison. */
export function queueConditionalFormat(range: Excel.Range, rule: ConditionalFormatRule): void {
  if (rule.type === 'expression') {
    const cf = range.conditionalFormats.add('Custom');
    cf.custom.rule.formula = withEquals(rule.formula);
    queueConditionalStyle(cf.custom.format, rule.format);
    return;
  }
  const cf = range.conditionalFormats.add('CellValue');
  const [formula1, formula2] = rule.formulas.map(withEquals);
  cf.cellValue.rule = formula2 === undefined
    ? { formula1, operator: CELL_IS_OPERATOR[rule.operator] }
    : { formula1, formula2, operator: CELL_IS_OPERATOR[rule.operator] };
  queueConditionalStyle(cf.cellValue.format, rule.format);
}

function queueConditionalStyle(target: Excel.ConditionalRangeFormat, format: CellFormat): void {
  if (format.fill) target.fill.color = format.fill;
  if (format.font?.color) target.font.color = format.font.color;
  if (format.font?.bold !== undefined) target.font.bold = format.font.bold;
  if (format.font?.italic !== undefined) target.font.italic = format.font.italic;
  if (format.numberFormat !== undefined) target.numberFormat = format.numberFormat;
}
