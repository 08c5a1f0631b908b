import { makeFinding, type Finding } from '../../findings/finding';
import type { ClassifyPhoneOptions } from '../classifyPhone';
import { describeOddCharacters, normalizeText } from '../normalizeText';
import { parseContactCell, type ParsedPhone } from '../parseContactCell';
import { readNumericPhone } from '../readNumericPhone';
import type { ContactCell } from './contactUnits';

const LEADING_SPACE = /^[\s\u3000\u00a0]+/;

/** The finding a phone written as text deserves on its own, if any. */
function phoneFinding(cell: ContactCell, phone: ParsedPhone): Finding | undefined {
  const c = phone.classification;
  switch (c.issue) {
    case 'PHONE_INVALID': return makeFinding('PHONE_INVALID', cell.sheet, cell.address, { phone: phone.text, reason: c.reason ?? '' });
    case 'PHONE_UNALLOCATED': return makeFinding('PHONE_UNALLOCATED', cell.sheet, cell.address, { phone: phone.text });
    case 'PHONE_NO_AREA_CODE': return makeFinding('PHONE_NO_AREA_CODE', cell.sheet, cell.address, { phone: phone.text, suggested: c.suggested ?? '' });
    case 'PHONE_LEADING_ZERO_LOST': return makeFinding('PHONE_LEADING_ZERO_LOST', cell.sheet, cell.address, { shown: phone.text, phone: c.suggested ?? '' });
    default: return undefined;
  }
}

function textCellFindings(cell: ContactCell, text: string, options: ClassifyPhoneOptions): Finding[] {
  const findings: Finding[] = [];
  const { odd } = normalizeText(text);
  if (odd.length > 0) findings.push(makeFinding('TEXT_ODD_CHARACTERS', cell.sheet, cell.address, { characters: describeOddCharacters(odd) }));
  const entries = cell.entries ?? parseContactCell(text, options);
  const leading = LEADING_SPACE.exec(text)?.[0];
  for (let i = 0; i < entries.length; i += 1) {
    const entry = entries[i];
    const isPerson = entry.kind === 'person' || entry.kind === 'role';
    // ` 郭秉会13030391689`: a space typed before the first name hides it from look-ups too.
    const lead = i === 0 && leading !== undefined && isPerson ? leading : '';
    if (isPerson && entry.name !== undefined && (entry.padded || lead !== '')) {
      findings.push(makeFinding('NAME_SPACING', cell.sheet, cell.address, { shown: lead + (entry.shown ?? ''), name: entry.name }));
    }
    for (const phone of entry.phones) {
      const finding = phoneFinding(cell, phone);
      if (finding) findings.push(finding);
    }
    for (const email of entry.emails) {
      if (!email.valid) findings.push(makeFinding('EMAIL_INVALID', cell.sheet, cell.address, { email: email.text }));
    }
  }
  return findings;
}

function numberCellFindings(cell: ContactCell, value: number, options: ClassifyPhoneOptions): Finding[] {
  const reading = readNumericPhone(value, cell.format, options);
  const findings: Finding[] = [];
  if (reading.storage) findings.push(makeFinding(reading.storage, cell.sheet, cell.address, { shown: reading.shown, phone: reading.phone }));
  if (reading.storage !== 'PHONE_LEADING_ZERO_LOST') {
    const finding = phoneFinding(cell, { text: reading.phone, classification: reading.classification });
    if (finding) findings.push(finding);
  }
  return findings;
}

/**
 * What one contact-bearing cell shows on its own: odd characters, padded
 * names, phones that are invalid, unallocated, without area code or stored
 * as numbers, malformed e-mail addresses. Dates, booleans and errors are
 * left to other rules. Never throws.
 */
export function cellFindings(cell: ContactCell, options: ClassifyPhoneOptions): Finding[] {
  if (typeof cell.value === 'string') return textCellFindings(cell, cell.value, options);
  if (typeof cell.value === 'number') return numberCellFindings(cell, cell.value, options);
  return [];
}
