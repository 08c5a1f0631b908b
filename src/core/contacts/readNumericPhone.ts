import { classifyPhone, type ClassifyPhoneOptions, type PhoneClassification } from './classifyPhone';
import { excelDisplay, isPlaceholderFormat } from './_lib/excelNumberDisplay';

/** The Excel damage a phone stored as a number shows (DOMAIN §2). */
export type StorageIssue = 'PHONE_STORED_AS_NUMBER' | 'PHONE_LEADING_ZERO_LOST';

/** A phone cell holding a number, read with its number format as evidence. */
export interface NumericPhoneReading {
  /** What Excel shows: `1.39393E+10`, `3923311234`, `0392-3311234` under a `0000-0000000` format. */
  readonly shown: string;
  /** The text the cell should hold: `13939263117`, `0392-3311234`. */
  readonly phone: string;
  readonly classification: PhoneClassification;
  /** Set when the number is a phone that belongs in a text cell. */
  readonly storage?: StorageIssue;
}

/**
 * Reads a number found in a phone or contact cell. An 11-digit mobile typed
 * as a number is PHONE_STORED_AS_NUMBER; a landline that lost its leading 0
 * (`3923311234`) is PHONE_LEADING_ZERO_LOST, but only when `0` + the digits
 * is a real fixed line (the digits prove the area code). A format such as
 * `00000000000` that shows the zero is evidence too: then the number is only
 * stored as a number. Never throws.
 *
 * @example readNumericPhone(13939263117, 'General').storage // → 'PHONE_STORED_AS_NUMBER', shown '1.39393E+10'
 * @example readNumericPhone(3923311234, 'General').phone // → '0392-3311234' (PHONE_LEADING_ZERO_LOST)
 */
export function readNumericPhone(value: number, format?: string, options: ClassifyPhoneOptions = {}): NumericPhoneReading {
  if (!Number.isSafeInteger(value) || value < 0) {
    const text = String(value);
    return { shown: text, phone: text, classification: { kind: 'invalid', digits: text, formatted: text, issue: 'PHONE_INVALID', reason: '不是电话号码' } };
  }
  const shown = excelDisplay(value, format);
  const written = isPlaceholderFormat(format) ? shown : value.toFixed(0);
  const classification = classifyPhone(written, options);
  if (classification.issue === 'PHONE_LEADING_ZERO_LOST' && classification.suggested !== undefined) {
    return { shown, phone: classification.suggested, classification, storage: 'PHONE_LEADING_ZERO_LOST' };
  }
  const isPhone = classification.kind === 'mobile' || classification.kind === 'landline' || classification.kind === 'service';
  if (!isPhone) return { shown, phone: written, classification };
  const phone = isPlaceholderFormat(format) ? shown : classification.formatted;
  return { shown, phone, classification, storage: 'PHONE_STORED_AS_NUMBER' };
}
