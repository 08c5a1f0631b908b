import type { CheckContext } from '../check/check-context';
import type { EditOp, EditPlan } from '../edit-plan/edit-plan';
import { removeSpaces } from '../grid/cell-text';
import type { ClassifyPhoneOptions } from './classifyPhone';
import { cleanOddCharacters } from './normalizeText';
import { parseContactCell } from './parseContactCell';
import { readNumericPhone } from './readNumericPhone';
import { collectContactUnits, type ContactCell } from './_lib/contactUnits';

const LEADING_SPACE = /^[\s\u3000\u00a0]+/;

/**
 * The safe normalisation of one contact text: odd characters replaced
 * (full-width digits, U+3000, U+00A0, zero-width characters), padding
 * removed from names (`郭  琳` → `郭琳`), and a space typed before the first
 * name dropped. Chinese punctuation, line breaks and everything else stay
 * as written. Idempotent.
 *
 * @example fixContactText('郭　琳１３５０３９２１００７') // → '郭琳13503921007'
 * @example fixContactText('韩旭：15378673897\n徐静：13551701935') // → unchanged
 */
export function fixContactText(text: string, options: ClassifyPhoneOptions = {}): string {
  let out = cleanOddCharacters(text);
  const entries = parseContactCell(out, options);
  const first = entries[0];
  if (first && (first.kind === 'person' || first.kind === 'role')) out = out.replace(LEADING_SPACE, '');
  let cursor = 0;
  for (const entry of entries) {
    const shown = entry.shown;
    if (shown === undefined) continue;
    const at = out.indexOf(shown, cursor);
    if (at < 0) continue;
    const replacement = entry.padded ? removeSpaces(shown) : shown;
    out = out.slice(0, at) + replacement + out.slice(at + shown.length);
    cursor = at + replacement.length;
  }
  return out;
}

function cellOps(cell: ContactCell, options: ClassifyPhoneOptions): EditOp[] {
  const { sheet, address: at } = cell;
  if (typeof cell.value === 'string') {
    const fixed = fixContactText(cell.value, options);
    return fixed === cell.value ? [] : [{ op: 'setValues', sheet, at, values: [[fixed]] }];
  }
  if (typeof cell.value === 'number') {
    const reading = readNumericPhone(cell.value, cell.format, options);
    if (!reading.storage) return [];
    // Text format first: a host that writes `13939263117` into a General cell gets a number again.
    return [
      { op: 'format', sheet, range: at, format: { numberFormat: '@' } },
      { op: 'setValues', sheet, at, values: [[reading.phone]] },
    ];
  }
  return [];
}

/**
 * The safe contact fixes as an edit plan: the normalisations of
 * `fixContactText` in every contact-bearing cell, and phones stored as
 * numbers rewritten as text in `@`-formatted cells (`13939263117`; a lost
 * leading 0 restored only when `0` + the digits is a real fixed line:
 * `3923311234` → `0392-3311234`). Nothing else is overwritten. Running it
 * on its own output gives an empty plan.
 */
export function fixContacts(context: CheckContext): EditPlan {
  const options = { areaCode: context.settings.areaCode };
  const { cells } = collectContactUnits(context);
  const ordered = [...cells].sort((a, b) => a.sheetIndex - b.sheetIndex || a.row - b.row || a.col - b.col);
  const ops = ordered.flatMap((cell) => cellOps(cell, options));
  const count = ops.filter((op) => op.op === 'setValues').length;
  return { summary: count === 0 ? '联系人与电话无需修复' : `规范 ${count} 个联系人与电话单元格`, ops };
}
