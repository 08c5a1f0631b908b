import { HostError } from '../workbook-host';

/**
 * Excel's rules for sheet names: 1–31 characters, none of `: \ / ? * [ ]`,
 * not starting or ending with an apostrophe, not `History`.
 */
export function validateSheetName(name: string): void {
  if (name.length === 0 || name.length > 31) throw new HostError(`工作表名称“${name}”长度应为 1～31 个字符。`);
  if (/[:\\/?*[\]]/.test(name)) throw new HostError(`工作表名称“${name}”不能包含 : \\ / ? * [ ] 等字符。`);
  if (/^'|'$/.test(name)) throw new HostError(`工作表名称“${name}”不能以单引号开头或结尾。`);
  if (name.toLowerCase() === 'history') throw new HostError('工作表名称不能是 History（Excel 保留）。');
}
