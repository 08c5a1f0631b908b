/**
 * How Excel shows a whole number under the number formats phones meet.
 * Only what the contact checks need: General (and `@`, which shows a stored
 * number as General does), scientific (`0.00E+00`), and digit-placeholder
 * formats such as `00000000000` or `0000-0000000` that restore leading zeros.
 */

/** Excel's General format shows at most 11 characters; in a default-width column an 11-digit number already turns scientific (`1.39393E+10`). */
const GENERAL_PLAIN_MAX_DIGITS = 10;

function scientific(value: number, decimals: number, trimZeros: boolean): string {
  const [mantissa, exponent] = value.toExponential(decimals).split('e');
  const m = trimZeros ? mantissa.replace(/\.?0+$/, '') : mantissa;
  const e = Number(exponent);
  return `${m}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

/** The placeholders and literals of a digit-placeholder format, or undefined for any other format. */
function placeholderPattern(format: string): string[] | undefined {
  const parts: string[] = [];
  for (const m of format.matchAll(/"([^"]*)"|\\(.)|(.)/gu)) {
    if (m[1] !== undefined) parts.push(...[...m[1]].map((c) => `'${c}`));
    else if (m[2] !== undefined) parts.push(`'${m[2]}`);
    else if (/^[0#]$/.test(m[3])) parts.push(m[3]);
    else if (/^[\- ()]$/.test(m[3])) parts.push(`'${m[3]}`);
    else return undefined;
  }
  return parts.some((p) => p === '0' || p === '#') ? parts : undefined;
}

function renderPlaceholders(digits: string, parts: readonly string[]): string {
  let rest = digits;
  let out = '';
  const firstPlaceholder = parts.findIndex((p) => p === '0' || p === '#');
  for (let i = parts.length - 1; i >= 0; i -= 1) {
    const part = parts[i];
    if (part.startsWith("'")) {
      out = part.slice(1) + out;
      continue;
    }
    const digit = rest.slice(-1);
    rest = rest.slice(0, -1);
    out = (digit !== '' ? digit : part === '0' ? '0' : '') + out;
    if (i === firstPlaceholder) out = rest + out;
  }
  return out;
}

/** True when the format writes digits into placeholders (so its display may carry leading zeros). */
export function isPlaceholderFormat(format: string | undefined): boolean {
  return format !== undefined && placeholderPattern(format) !== undefined;
}

/**
 * The text Excel shows for a whole, non-negative number under `format`.
 *
 * @example excelDisplay(13939263117, 'General') // → '1.39393E+10'
 * @example excelDisplay(3923311234, '00000000000') // → '03923311234'
 */
export function excelDisplay(value: number, format: string | undefined): string {
  const digits = value.toFixed(0);
  const f = (format ?? '').trim();
  const sci = /^0(?:\.(0+))?E\+0+$/i.exec(f);
  if (sci) return scientific(value, sci[1]?.length ?? 0, false);
  const parts = placeholderPattern(f);
  if (parts) return renderPlaceholders(digits, parts);
  if (f === '' || /^general$/i.test(f) || f === '@') {
    return digits.length > GENERAL_PLAIN_MAX_DIGITS ? scientific(value, 5, true) : digits;
  }
  return digits;
}
