/**
 * E-mail addresses in running text (`邮箱：hebiwmb@163.com`). The shape check
 * follows the common subset of RFC 5321 that Chinese mail providers accept;
 * the provider table catches the usual slips (`163.con`, `qq.cm`).
 */

const SHAPE = /^[A-Za-z0-9_%+\-]+(?:\.[A-Za-z0-9_%+\-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}$/;

/** Well-known providers and the top-level domains their addresses really use. */
const PROVIDER_TLDS: Readonly<Record<string, readonly string[]>> = {
  '163': ['com', 'net'],
  '126': ['com'],
  'qq': ['com'],
  'foxmail': ['com'],
  'sina': ['com', 'cn'],
  'sohu': ['com'],
  'yeah': ['net'],
  '139': ['com'],
  '189': ['cn'],
  'aliyun': ['com'],
  'gmail': ['com'],
  'hotmail': ['com'],
  'outlook': ['com'],
};

/**
 * True for a well-formed address.
 *
 * @example isValidEmail('hebiwmb@163.com') // → true
 * @example isValidEmail('cwzhbbgs@163.con') // → false
 */
export function isValidEmail(text: string): boolean {
  if (!SHAPE.test(text)) return false;
  const labels = text.slice(text.indexOf('@') + 1).toLowerCase().split('.');
  const allowed = labels.length === 2 ? PROVIDER_TLDS[labels[0]] : undefined;
  return allowed === undefined || allowed.includes(labels[1]);
}
