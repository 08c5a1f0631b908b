import type { AnnexLayout, FontSpec } from './annex-layout';

const fontText = (f: FontSpec) => `${f.name} ${f.size}pt${f.bold ? ' 粗体' : ''}`;
const cellText = (v: string | number | null) => (v === null ? '' : String(v).replace(/\n/g, '⏎'));

/**
 * A readable description of an annex layout, for the golden files: sheet,
 * page, fonts, columns, merged areas and the first rows of text.
 *
 * @example describeAnnex(layout).split('\n')[0] // '工作表：附件1（整理）'
 */
export function describeAnnex(layout: AnnexLayout, firstRows = 12): string {
  const p = layout.page;
  const m = p.margins;
  const lines = [
    `工作表：${layout.sheet}${layout.replaces ? '（替换先前生成的同名附件）' : ''}`,
    ...(layout.sheetNote ? [`说明：${layout.sheetNote}`] : []),
    `标题：${layout.title}`,
    `页面：A4 ${p.orientation === 'portrait' ? '纵向' : '横向'}；表宽 ${p.tableWidthMm} mm / 版心 ${p.textWidthMm} mm${p.fitToWidth ? '；缩放至一页宽' : ''}`,
    `页边距：上 ${m.top} 下 ${m.bottom} 左 ${m.left} 右 ${m.right} 页脚 ${m.footer} mm`,
    `页脚：${p.footer}；打印标题行：${p.printTitleRows}；分页：${p.rowBreaks.length > 0 ? p.rowBreaks.map((r) => `${r} 行后`).join('、') : '自动'}`,
    `字体：附件标签 ${fontText(layout.fonts.label)}；标题 ${fontText(layout.fonts.title)}；表头 ${fontText(layout.fonts.header)}；表格 ${fontText(layout.fonts.body)}`,
    `表格行：表头 ${layout.tableRows.header.join('–')}，表体 ${layout.tableRows.body.join('–')}`,
    '列：',
    ...layout.columns.map((c) => `  ${c.letter} ${c.role} 「${c.header.join('/')}」 宽 ${c.width} ${c.align === 'center' ? '居中' : '左对齐'}${c.text ? ' 文本' : ''}`),
    `合并：${layout.merges.length > 12 ? `${layout.merges.slice(0, 12).join(' ')} …共 ${layout.merges.length} 处` : layout.merges.join(' ') || '无'}`,
    `整理：数据 ${layout.report.rows} 行，${layout.report.sections} 段；删除重复表头 ${layout.report.droppedHeaderRows} 行；重编序号 ${layout.report.renumberedRows} 行；` +
      `更正标题数量 ${layout.report.countFixes.length} 处；隐藏手机号 ${layout.report.maskedPhones} 个`,
    `前 ${firstRows} 行：`,
    ...layout.rows.slice(0, firstRows).map((r) => `  ${String(r.row).padStart(3)} ${r.role.padEnd(7)} ${String(r.height).padStart(5)}pt${r.bold ? ' 粗' : '   '} | ${r.cells.map(cellText).join(' | ')}`),
    `（共 ${layout.rows.length} 行）`,
  ];
  return `${lines.join('\n')}\n`;
}
