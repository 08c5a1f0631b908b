/**
 * Header text as the recogniser compares it: every kind of space and line break
 * removed (`测  评  标  准`, `测评\n项目`, `计划开\n展时间` all collapse), ASCII
 * brackets turned full-width, trailing colons dropped.
 */
export function normalizeHeader(text: string): string {
  return text
    .replace(/[\s\u3000\u00a0\u200b-\u200d\u2060\ufeff]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[:：]+$/, '');
}

/** The header with bracketed qualifiers removed: `街道（乡镇）社区（村）` → `街道社区`. */
export function stripQualifiers(normalized: string): string {
  return normalized.replace(/（[^（）]*）/g, '').replace(/【[^【】]*】/g, '');
}
