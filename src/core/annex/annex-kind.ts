import { KIND_NAMES_ZH, TABLE_KINDS, type TableKind } from '../recognize/table-kind';

/**
 * The annexes the builder makes: every table kind of DOMAIN §1, and the score
 * summary (ranking, level, counts per level) made from a score sheet
 * (评分汇总表) or from plain rows. Stable ids: they are the CLI's `<kind>`.
 */
export type AnnexKind = Exclude<TableKind, 'score-sheet' | 'entity-list'> | 'score-summary';

/** Kinds that are never an annex of their own: a score sheet gives the score summary; a bare name list is the rows of a score sheet. */
const NOT_ANNEXES: readonly TableKind[] = ['score-sheet', 'entity-list'];

export const ANNEX_KINDS: readonly AnnexKind[] = [
  ...TABLE_KINDS.filter((kind): kind is Exclude<TableKind, 'score-sheet' | 'entity-list'> => !NOT_ANNEXES.includes(kind)),
  'score-summary',
];

export function isAnnexKind(value: string): value is AnnexKind {
  return (ANNEX_KINDS as readonly string[]).includes(value);
}

/** Chinese names for `wenming annex list` and the pane. */
export const ANNEX_KIND_NAMES_ZH: Readonly<Record<AnnexKind, string>> = {
  'pairing-plan': KIND_NAMES_ZH['pairing-plan'],
  'monthly-schedule': KIND_NAMES_ZH['monthly-schedule'],
  rubric: KIND_NAMES_ZH.rubric,
  'star-standard': KIND_NAMES_ZH['star-standard'],
  'task-breakdown': KIND_NAMES_ZH['task-breakdown'],
  roster: KIND_NAMES_ZH.roster,
  'indicator-checklist': KIND_NAMES_ZH['indicator-checklist'],
  'site-checklist': KIND_NAMES_ZH['site-checklist'],
  'grid-assignment': KIND_NAMES_ZH['grid-assignment'],
  'score-summary': '评分汇总（名次、等级、各等级数量）',
};

/** The recognised table kind an annex is built from (`score-summary` reads a score sheet). */
export function sourceKindOf(kind: AnnexKind): TableKind {
  return kind === 'score-summary' ? 'score-sheet' : kind;
}
