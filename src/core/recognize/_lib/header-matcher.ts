import { COLUMN_SYNONYMS } from '../column-synonyms';
import { KIND_SIGNATURES, type KindSignature } from '../kind-signatures';
import type { ColumnRole, TableKind } from '../table-kind';
import { normalizeHeader, stripQualifiers } from './normalize-header';

/** Longest header text worth comparing; data cells are usually longer. */
export const MAX_HEADER_LENGTH = 24;

type RoleByWord = ReadonlyMap<string, ColumnRole>;

const ROLE_BY_WORD_BY_KIND: ReadonlyMap<TableKind, RoleByWord> = new Map(
  KIND_SIGNATURES.map((signature) => [signature.kind, roleByWord(signature)]),
);
const PATTERNS_BY_KIND: ReadonlyMap<TableKind, KindSignature['patternRoles']> = new Map(
  KIND_SIGNATURES.map((signature) => [signature.kind, signature.patternRoles]),
);

function roleByWord(signature: KindSignature): RoleByWord {
  const map = new Map<string, ColumnRole>();
  for (const role of signature.roles) {
    for (const word of COLUMN_SYNONYMS[role]) {
      const normalized = normalizeHeader(word);
      if (!map.has(normalized)) map.set(normalized, role);
    }
  }
  return map;
}

/**
 * The role a header cell plays in a table of the given kind, or undefined.
 * Tries the exact words, then without bracketed qualifiers (`街道（乡镇）社区（村）`),
 * then a known word at the end after a short qualifier (`包联部门联系人` → 联系人).
 */
export function matchHeader(kind: TableKind, normalized: string): ColumnRole | undefined {
  if (normalized.length === 0) return undefined;
  const byPattern = PATTERNS_BY_KIND.get(kind)?.find(({ pattern }) => pattern.test(normalized));
  if (byPattern && normalized.length <= 60) return byPattern.role;
  if (normalized.length > MAX_HEADER_LENGTH) return undefined;
  const words = ROLE_BY_WORD_BY_KIND.get(kind)!;
  const exact = words.get(normalized);
  if (exact) return exact;
  const stripped = stripQualifiers(normalized);
  const bare = words.get(stripped);
  if (bare) return bare;
  // Header cells carry no digits; data cells often do (`2栋`, `13982…`).
  if (/\d/.test(stripped) || stripped.length > 12) return undefined;
  for (let start = 1; start <= Math.min(4, stripped.length - 2); start++) {
    const suffix = words.get(stripped.slice(start));
    if (suffix) return suffix;
  }
  return undefined;
}

export { normalizeHeader };
