import type { ValidationRule } from '../../core/edit-plan/edit-plan';
import { withEquals } from './_lib/office-values';

/**
 * Queues a data-validation rule (DOMAIN §4: a wrong score is refused at typing
 * time): decimals and whole numbers between bounds, or a list from a range or
 * from labels, with the prompt and the stop alert in Chinese.
 */
export function queueValidation(range: Excel.Range, rule: ValidationRule): void {
  range.dataValidation.clear();
  const bound = (value: number | { readonly formula: string }) => (typeof value === 'number' ? value : withEquals(value.formula));
  if (rule.type === 'list') {
    const source = Array.isArray(rule.source) ? rule.source.join(',') : withEquals((rule.source as { formula: string }).formula);
    range.dataValidation.rule = { list: { inCellDropDown: true, source } };
  } else if (rule.type === 'decimal') {
    range.dataValidation.rule = { decimal: { formula1: bound(rule.min), formula2: bound(rule.max), operator: 'Between' } };
  } else {
    range.dataValidation.rule = { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: 'Between' } };
  }
  if (rule.prompt) range.dataValidation.prompt = { showPrompt: true, message: rule.prompt, title: '' };
  if (rule.error) range.dataValidation.errorAlert = { showAlert: true, message: rule.error, title: '输入有误', style: 'Stop' };
}
