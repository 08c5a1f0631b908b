import { cellText } from '../grid/cell-text';
import type { Grid } from '../grid/grid';
import { GUESSED_MATCHES, matchHeaderHow, MAX_HEADER_LENGTH, normalizeHeader } from './_lib/header-matcher';
import type { MergeIndex } from './_lib/merge-index';
import type { RowProfile } from './_lib/row-profile';
import { isFormLine } from './form-line';
import { KIND_SIGNATURES, withStandIns, type KindSignature } from './kind-signatures';
import type { ColumnBinding } from './recognized-table';
import type { ColumnRole, TableKind } from './table-kind';

/** A row that reads as a table header, with the kind it fits best. */
export interface HeaderCandidate {
  readonly row: number;
  readonly kind: TableKind;
  readonly score: number;
  /** Normalised header text per column of the first header row (for spotting repeats). */
  readonly texts: ReadonlyMap<number, string>;
  /** How sure the kind is, from 0 to 1 (see `kindConfidence`). */
  readonly confidence: number;
  /** The next best kind, when another kind also read the row as its header. */
  readonly runnerUp?: TableKind;
}

interface RowScore {
  readonly score: number;
  readonly share: number;
  readonly missingGroups: number;
  readonly guessed: number;
}

/**
 * Scores one row as a header for every kind and returns the best fit, or
 * undefined. A header row holds only short text, binds at least two cells to
 * roles, satisfies the kind's required roles and binds most of its cells.
 */
export function headerCandidate(grid: Grid, row: number, profile: RowProfile, titleHint: string): HeaderCandidate | undefined {
  if (profile.filled.length < 2 || profile.hasNumber) return undefined;
  const texts = new Map<number, string>();
  for (const col of profile.filled) {
    const normalized = normalizeHeader(cellText(grid.values[row][col]));
    if (normalized.length > 60) return undefined; // a paragraph: data, not a header
    texts.set(col, normalized);
  }
  let shortCells = 0;
  for (const text of texts.values()) if (text.length <= MAX_HEADER_LENGTH) shortCells++;
  if (shortCells < 2) return undefined;

  if (isFormLine(grid, row, profile)) return undefined;
  // Read only when a kind that knows its data (a rubric) gets that far: most rows never need it.
  let below: string | undefined;
  const textBelowOnce = () => (below ??= textBelow(grid, row));

  let best: { kind: TableKind; score: RowScore; priority: number } | undefined;
  let second: { kind: TableKind; score: RowScore } | undefined;
  for (const signature of KIND_SIGNATURES) {
    const score = scoreRow(signature, texts, titleHint, textBelowOnce);
    if (score === undefined) continue;
    if (!best || score.score > best.score.score || (score.score === best.score.score && signature.priority < best.priority)) {
      if (best) second = best;
      best = { kind: signature.kind, score, priority: signature.priority };
    } else if (!second || score.score > second.score.score) {
      second = { kind: signature.kind, score };
    }
  }
  if (!best) return undefined;
  return {
    row,
    kind: best.kind,
    score: best.score.score,
    texts,
    confidence: kindConfidence(best.score, second?.score),
    ...(second ? { runnerUp: second.kind } : {}),
  };
}

/**
 * How sure a header's kind is: the share of its cells that bound, less a
 * quarter for a required role it lacks, a tenth per guessed column, and a
 * fifth when another kind read the row almost as well.
 */
function kindConfidence(best: RowScore, second: RowScore | undefined): number {
  let confidence = best.share - 0.25 * best.missingGroups - 0.1 * best.guessed;
  if (second && best.score - second.score < 0.5) confidence -= 0.2;
  return Math.round(Math.min(1, Math.max(0.05, confidence)) * 100) / 100;
}

/** The text of the few rows under a candidate header, for kinds that know what their data looks like. */
function textBelow(grid: Grid, row: number): string {
  let text = '';
  for (let r = row + 1; r <= row + 4 && r < grid.values.length; r++) for (const value of grid.values[r] ?? []) text += cellText(value).slice(0, 400);
  return text;
}

function scoreRow(signature: KindSignature, texts: ReadonlyMap<number, string>, titleHint: string, below: () => string): RowScore | undefined {
  const matches: { role: ColumnRole }[] = [];
  let guessed = 0;
  for (const text of texts.values()) {
    const match = matchHeaderHow(signature.kind, text);
    if (!match) continue;
    matches.push(match);
    if (GUESSED_MATCHES.has(match.how)) guessed++;
  }
  const bound = matches.length;
  if (bound < 2 || bound - guessed < 1) return undefined;
  const roles = new Set(withStandIns(signature, matches).map((m) => m.role));
  const missingGroups = signature.required.filter((group) => !group.some((role) => roles.has(role))).length;
  const titled = signature.titlePattern.test(titleHint);
  const dataLike = signature.dataPattern?.test(below()) ?? false;
  // One missing role does not veto a kind that the rest of the header and the title (or its data) support.
  if (missingGroups > 1 || (missingGroups === 1 && !((titled || dataLike) && roles.size >= 2))) return undefined;
  const share = bound / texts.size;
  if (share < signature.minBoundShare) return undefined;
  // Every header cell left unbound counts against the kind: a rubric's 得分 column is no checklist's.
  const score = roles.size + 2 * share + (titled ? 0.5 : 0) + (dataLike ? 1 : 0) - missingGroups - 0.25 * guessed;
  return { score, share, missingGroups, guessed };
}

/**
 * The row under a header, when it is the second line of a two-row header
 * (`联系领导` over `市级 | 区级`): short text only, fewer cells than the header,
 * and at least one cell sitting under a merged or empty header cell.
 */
export function isSubHeaderRow(grid: Grid, headerRow: number, header: RowProfile, below: RowProfile, merges: MergeIndex): boolean {
  if (below.filled.length === 0 || below.hasNumber || below.filled.length >= header.filled.length) return false;
  let underSpan = 0;
  for (const col of below.filled) {
    const text = normalizeHeader(cellText(grid.values[headerRow + 1][col]));
    if (text.length === 0 || text.length > 8 || /\d/.test(text)) return false;
    const parentMerge = merges.at(headerRow, col);
    const parentEmpty = !header.filled.includes(col);
    if ((parentMerge && parentMerge.right > parentMerge.left) || parentEmpty) underSpan++;
  }
  return underSpan > 0;
}

/**
 * Binds the columns of a header (one or two rows) to roles of the kind.
 * Two-row headers try the child word, then parent+child, then the parent;
 * a header spanning several columns uses the kind's `spanRoles`.
 */
export function bindColumns(
  grid: Grid,
  signature: KindSignature,
  headerRows: readonly number[],
  left: number,
  right: number,
  merges: MergeIndex,
): ColumnBinding[] {
  const [top] = headerRows;
  const sub = headerRows.length > 1 ? headerRows[1] : undefined;
  const headerTextAt = (row: number, col: number): { text: string; spanStart: number } => {
    const merge = merges.at(row, col);
    if (merge) return { text: cellText(grid.values[merge.top]?.[merge.left] ?? null).trim(), spanStart: merge.left };
    return { text: cellText(grid.values[row]?.[col] ?? null).trim(), spanStart: col };
  };

  const bindings: ColumnBinding[] = [];
  let lastParent: { text: string; spanStart: number } = { text: '', spanStart: left };
  for (let col = left; col <= right; col++) {
    let parent = headerTextAt(top, col);
    const child = sub === undefined ? '' : headerTextAt(sub, col).text;
    // Unmerged two-row headers leave the parent cell empty over its second child.
    if (parent.text === '' && child !== '' && lastParent.text !== '') parent = lastParent;
    if (parent.text !== '') lastParent = parent;
    // A column under a horizontally merged header (and no child word) is handled as part of that span.
    if (parent.spanStart !== col && (child === '' || child === parent.text)) continue;
    const match =
      (child && matchHeaderHow(signature.kind, normalizeHeader(child))) ||
      (child && matchHeaderHow(signature.kind, normalizeHeader(parent.text + child))) ||
      (parent.text && matchHeaderHow(signature.kind, normalizeHeader(parent.text))) ||
      pointsHeader(signature, `${parent.text}${child}`) ||
      undefined;
    if (!match) continue;
    const header = child && child !== parent.text ? `${parent.text}/${child}` : parent.text;
    bindings.push({ role: match.role, col, header, ...(GUESSED_MATCHES.has(match.how) ? { guessed: true } : {}) });
  }
  return withStandIns(signature, applySpans(grid, signature, bindings, top, sub, right, merges));
}

/**
 * A header that names no role but states points (`整体观察（20分）` over `实地考察`):
 * in a kind with `pointsHeaderRole`, that part's points are entered there.
 */
function pointsHeader(signature: KindSignature, text: string): { role: ColumnRole; how: 'qualified' } | undefined {
  return signature.pointsHeaderRole && /[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]/.test(text) ? { role: signature.pointsHeaderRole, how: 'qualified' } : undefined;
}

/** A header over several columns: `测评标准` over category + criterion in a rubric. */
function applySpans(
  grid: Grid,
  signature: KindSignature,
  bindings: ColumnBinding[],
  top: number,
  sub: number | undefined,
  right: number,
  merges: MergeIndex,
): ColumnBinding[] {
  const result: ColumnBinding[] = [];
  const taken = new Set<number>();
  for (const binding of bindings) {
    if (taken.has(binding.col)) continue;
    const merge = merges.at(top, binding.col);
    let spanEnd = merge && merge.left === binding.col ? merge.right : binding.col;
    // An unmerged header followed by empty header cells spans them visually.
    if (spanEnd === binding.col && sub === undefined) {
      while (spanEnd + 1 <= right && cellText(grid.values[top]?.[spanEnd + 1] ?? null).trim() === '' && !merges.at(top, spanEnd + 1)) spanEnd++;
    }
    const spanRoles = signature.spanRoles?.[binding.role];
    const sameColumn = (col: number) => bindings.some((b) => b.col === col && b !== binding);
    if (spanEnd > binding.col && spanRoles && spanRoles.length === spanEnd - binding.col + 1 && ![...range(binding.col + 1, spanEnd)].some(sameColumn)) {
      spanRoles.forEach((role, i) => {
        result.push({ role, col: binding.col + i, header: binding.header });
        taken.add(binding.col + i);
      });
    } else {
      result.push(binding);
      taken.add(binding.col);
    }
  }
  return result;
}

function* range(from: number, to: number): Generator<number> {
  for (let i = from; i <= to; i++) yield i;
}

/**
 * The row above a header, when it is a band of group names over it (a score
 * sheet's categories over its items): short text only, fewer cells than the
 * header, at least one spanning several header columns. A title merged
 * across the whole table is not a band.
 */
export function isBandAboveHeader(grid: Grid, headerRow: number, header: RowProfile, above: RowProfile, merges: MergeIndex): boolean {
  if (above.filled.length === 0 || above.hasNumber || above.filled.length >= header.filled.length) return false;
  const width = header.filled[header.filled.length - 1] - header.filled[0] + 1;
  let spans = 0;
  for (const col of above.filled) {
    const text = normalizeHeader(cellText(grid.values[headerRow - 1][col]));
    // Form lines (`综合考核得分:`), annex labels and long lines are not group names.
    if (text.length === 0 || text.length > MAX_HEADER_LENGTH || /^附件/.test(text) || /[:：]$/.test(cellText(grid.values[headerRow - 1][col]).trim())) return false;
    const merge = merges.at(headerRow - 1, col);
    const spanEnd = merge && merge.right > merge.left ? merge.right : col;
    if (spanEnd - col + 1 >= Math.ceil(width * 0.8)) return false; // a title over the whole table
    const emptyRight = !above.filled.includes(col + 1) && header.filled.includes(col + 1) && !merges.at(headerRow - 1, col + 1);
    if (spanEnd > col) spans++;
    // Unmerged, a lone cell with space to its right reads as a caption; two or more make a band.
    else if (emptyRight && above.filled.length >= 2) spans++;
  }
  return spans > 0;
}
