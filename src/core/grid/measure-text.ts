/**
 * Measuring Chinese text for column widths and row heights. Widths are in
 * half-widths: a CJK character or full-width sign counts 2, Latin letters,
 * digits and spaces 1. Excel's column unit is the width of a digit of the
 * default font (Calibri 11: 7 px), so a 12 pt CJK character (16 px) is ≈ 2.3
 * units and a 10.5 pt one (14 px) 2 units.
 */

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3040-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2014\u2018-\u201d\u2026\u3000]/u;

/** Pixels per Excel width unit (a digit of Calibri 11). */
const PX_PER_UNIT = 7;
/**
 * Millimetres per Excel width unit on paper. Excel rounds a Calibri 11 digit to
 * 7 px (1.85 mm); LibreOffice and WPS keep its true advance, 7.43 px (1.97 mm).
 * The larger figure keeps the table inside the text block everywhere; in Excel
 * it prints about 6 % narrower.
 */
export const MM_PER_UNIT = 1.97;
/** Cell padding Excel and WPS keep on both sides, in width units. */
export const CELL_PADDING_UNITS = 1;
/** Line height of a CJK face relative to its size: 仿宋 and 宋体 ≈ 1.3 in Excel, Noto CJK in LibreOffice ≈ 1.37; a little over both keeps every line visible. */
const LINE_FACTOR = 1.4;
/** Top and bottom space inside a cell, in points. */
const CELL_PADDING_PT = 6;

export function halfWidthOf(ch: string): 1 | 2 {
  return WIDE.test(ch) ? 2 : 1;
}

/** Width of one line of text in half-widths. */
export function halfWidths(text: string): number {
  let n = 0;
  for (const ch of text) n += halfWidthOf(ch);
  return n;
}

/** The widest line of a multi-line text. */
export function longestLine(text: string): number {
  return Math.max(0, ...text.split('\n').map(halfWidths));
}

/** The longest run that cannot wrap: a phone number, a Latin word (CJK text wraps between any two characters). */
export function longestUnbreakable(text: string): number {
  return Math.max(0, ...(text.match(/[!-~]+/g) ?? []).map((w) => w.length));
}

/** Excel width units taken by one half-width at a font size. */
export function unitsPerHalf(fontPt: number): number {
  return (fontPt * 96) / 72 / 2 / PX_PER_UNIT;
}

/** Signs that may not start a line, and signs that may not end one (Chinese line-breaking rules, 避头尾). */
const NO_START = /^[、，。：；！？）】》”’%,.;:!?)\]]/;
const NO_END = /[（【《“‘([]$/;

/** Pieces a line may break between: one CJK character or a Latin run, with the signs that cling to it. */
function lineTokens(paragraph: string): string[] {
  const tokens: string[] = [];
  for (const piece of paragraph.match(/[!-~]+|[\s\S]/gu) ?? []) {
    const last = tokens.length - 1;
    if (last >= 0 && (NO_START.test(piece) || NO_END.test(tokens[last]))) tokens[last] += piece;
    else tokens.push(piece);
  }
  return tokens;
}

/**
 * Latin letters and digits run a little wider than half a CJK character in
 * the faces that stand in for 仿宋 (Noto Serif CJK's digits are ≈ 0.55 em), so
 * wrapping counts them at 1.1 half-widths: a row then never comes out short.
 */
const LATIN_WIDTH = 1.1;

function wrapWidth(token: string): number {
  let n = 0;
  for (const ch of token) n += halfWidthOf(ch) === 2 ? 2 : LATIN_WIDTH;
  return n;
}

/** How a text wraps: its lines, and how many paragraphs end with one character alone on a line. */
export interface Wrap {
  readonly lines: number;
  readonly orphans: number;
}

/** Wraps a text at `perLine` half-widths: CJK breaks anywhere, Latin runs stay whole. */
export function wrapText(text: string, perLine: number): Wrap {
  const limit = Math.max(1, Math.floor(perLine + 1e-6));
  let lines = 0;
  let orphans = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    let count = 1;
    for (const token of lineTokens(paragraph)) {
      // A run that fits at its nominal width is taken to fit: a phone number in a column made for it.
      const w = halfWidths(token) <= limit ? Math.min(wrapWidth(token), limit) : wrapWidth(token);
      if (used + w > limit && used > 0) { count++; used = 0; }
      // A piece longer than a line (a long number) fills whole lines; what is left starts the next.
      if (w > limit) { count += Math.ceil(w / limit) - 1; used = w - (Math.ceil(w / limit) - 1) * limit; } else used += w;
    }
    lines += count;
    if (count > 1 && used <= 2) orphans++;
  }
  return { lines, orphans };
}

/** Lines a text takes when wrapped at `perLine` half-widths. */
export function wrappedLines(text: string, perLine: number): number {
  return wrapText(text, perLine).lines;
}

/** Half-widths that fit on one line of a column; widths are rounded down to 0.1 unit, so that much is given back. */
function usableHalves(widthUnits: number, fontPt: number): number {
  return (widthUnits - CELL_PADDING_UNITS + 0.1) / unitsPerHalf(fontPt);
}

/** Characters left alone on a last line when a text fills a column `widthUnits` wide (`市人大常委会办公` / `室`). */
export function orphansIn(text: string, widthUnits: number, fontPt: number): number {
  return text === '' ? 0 : wrapText(text, usableHalves(widthUnits, fontPt)).orphans;
}

/** Row height in points for a text in a column `widthUnits` wide. */
export function textHeightPt(text: string, widthUnits: number, fontPt: number): number {
  const perLine = usableHalves(widthUnits, fontPt);
  return linesHeightPt(text === '' ? 1 : wrappedLines(text, perLine), fontPt);
}

export function linesHeightPt(lines: number, fontPt: number): number {
  return Math.ceil(lines * fontPt * LINE_FACTOR + CELL_PADDING_PT);
}

/**
 * Breaks a short Chinese label into even lines when it will not fit on one,
 * so a header never leaves one character alone: `包联部门联系人` in a column
 * six characters wide → `包联部门\n联系人` rather than `包联部门联系\n人`. A short
 * bracketed part stays whole (`（乡镇）`). Left as it is when no even split fits.
 */
export function balanceLabel(text: string, widthUnits: number, fontPt: number): string {
  if (text.includes('\n') || /[!-~]/.test(text)) return text;
  const perLine = Math.floor(usableHalves(widthUnits, fontPt));
  const lines = wrappedLines(text, perLine);
  if (lines <= 1) return text;
  const tokens = text.match(/（[^（）]{1,4}）|[\s\S]/gu) ?? [];
  const target = Math.ceil(halfWidths(text) / lines);
  const out: string[] = [''];
  for (const token of tokens) {
    const current = out[out.length - 1];
    const fits = halfWidths(current + token) <= perLine;
    if (current !== '' && (!fits || (halfWidths(current) >= target && !NO_START.test(token)))) out.push(token);
    else out[out.length - 1] = current + token;
  }
  return out.length <= lines && out.every((l) => halfWidths(l) <= perLine) ? out.join('\n') : text;
}
