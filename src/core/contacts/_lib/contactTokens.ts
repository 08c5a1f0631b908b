import { SERVICE_NUMBERS } from './phoneVocabulary';

/** A piece of a contact cell: free text (names, labels), a phone number or an e-mail address. */
export type ContactToken =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'phone'; readonly text: string }
  | { readonly type: 'email'; readonly text: string };

/**
 * Phones as people write them: `(0356)2221234`, `0392-3311234`, `139 3926 3117`,
 * `+86 13939263117`, or a bare run of digits. E-mail addresses are matched
 * first so that the digits in `hebiwmb163@163.com` stay inside the address;
 * an address starts only where a run of address characters starts, which
 * keeps the scan linear on a cell of 32,767 digits (Excel's limit).
 */
const TOKEN = new RegExp(
  [
    String.raw`(?<email>(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]*)`,
    String.raw`(?<phone>(?:\+?86[\- ]?)?(?:\(0\d{2,3}\) ?\d{7,8}|0\d{2,3}[\- ]\d{7,8}|1\d{2}[\- ]\d{4}[\- ]\d{4}|\d{3,}))`,
  ].join('|'),
  'g',
);

/** Units after a number that make it a quantity, not a phone (`417室`, `2021年`, `500字`). */
const QUANTITY_AFTER = /^\s*(?:号|室|栋|楼|层|单元|米|年|月|日|元|个|人|户|平方|㎡|%|％|分|字|张|次|项|天|小时|路|街|巷)/u;

/** Labels before a number that make it something other than a phone (`QQ：12345678`). */
const NOT_PHONE_BEFORE = /(?:QQ|qq|微信|wx|邮编|工号|身份证|证号|第)\s*[:：]?\s*$/u;

function isPhone(run: string, before: string, after: string): boolean {
  if (QUANTITY_AFTER.test(after) || NOT_PHONE_BEFORE.test(before)) return false;
  const digits = run.replace(/\D/g, '');
  // Runs of 3–4 digits are phones only when they are service numbers (`110`, `12345` is five).
  if (digits.length < 5) return SERVICE_NUMBERS.some((s) => s.pattern.test(digits));
  return true;
}

/**
 * The form most contact cells take, `郭小倩13939263117` or `韩旭:15378673897`: text without
 * ASCII digits or `@`, then one 11-digit number starting with 1 that ends the cell. For such
 * a text the scan below finds exactly one match, the number (no e-mail without `@`, no
 * landline or `+86` form without digits before it), so the tokens follow without it.
 */
const NAME_THEN_MOBILE = /^([^0-9@]*)(1[0-9]{10})$/;

/** Splits a normalised contact text into text, phone and e-mail tokens, in order. Never throws. */
export function contactTokens(text: string): ContactToken[] {
  const simple = NAME_THEN_MOBILE.exec(text);
  if (simple && !NOT_PHONE_BEFORE.test(simple[1])) {
    const phone: ContactToken = { type: 'phone', text: simple[2] };
    return simple[1] === '' ? [phone] : [{ type: 'text', text: simple[1] }, phone];
  }
  return scanContactTokens(text);
}

/** `contactTokens` without the shortcut: the general scan (exported for the property test that holds them equal). */
export function scanContactTokens(text: string): ContactToken[] {
  const tokens: ContactToken[] = [];
  let pending = '';
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    const run = m[0];
    const before = pending + text.slice(last, start);
    const after = text.slice(start + run.length);
    if (m.groups?.email !== undefined) {
      const email = run.replace(/[.\-]+$/, '');
      if (before !== '') tokens.push({ type: 'text', text: before });
      tokens.push({ type: 'email', text: email });
      pending = run.slice(email.length);
    } else if (isPhone(run, before, after)) {
      if (before !== '') tokens.push({ type: 'text', text: before });
      tokens.push({ type: 'phone', text: run.trim() });
      pending = '';
    } else {
      pending = before + run;
    }
    last = start + run.length;
  }
  const rest = pending + text.slice(last);
  if (rest !== '') tokens.push({ type: 'text', text: rest });
  return tokens;
}
