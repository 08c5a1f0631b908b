import { isCellError, type CellValue } from '../../grid/grid';

/**
 * A cell as text for rubric parsing: full-width digits and Latin letters made
 * ASCII (`１０分` → `10分`, `Ａ级` → `A级`), `．` → `.`, every kind of space
 * (U+3000, U+00A0, line breaks) collapsed to one space, zero-width characters
 * removed. Chinese punctuation is kept, since names are shown to users as written.
 *
 * @example normalizeText('（５分）\u3000实地察看') // '（5分） 实地察看'
 */
export function normalizeText(value: CellValue): string {
  if (value === null || isCellError(value)) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value)
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\s\u3000\u00A0]+/g, ' ')
    .trim();
}

/** Text with every space removed, for matching words broken for alignment (`测  评  标  准`). */
export function compactText(value: CellValue): string {
  return normalizeText(value).replace(/ /g, '');
}
