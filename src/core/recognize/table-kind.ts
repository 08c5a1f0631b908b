/**
 * Table kinds and column roles (DOMAIN §1). Kind ids and role ids are stable:
 * they appear in the CLI's JSON and in tests.
 */

export const TABLE_KINDS = [
  'pairing-plan',
  'monthly-schedule',
  'rubric',
  'star-standard',
  'task-breakdown',
  'roster',
  'indicator-checklist',
  'site-checklist',
  'grid-assignment',
  'score-sheet',
  'entity-list',
] as const;

export type TableKind = (typeof TABLE_KINDS)[number];

/** A kind, or `unknown` for a layout the recogniser cannot place. */
export type RecognizedKind = TableKind | 'unknown';

export const COLUMN_ROLES = [
  'seq',
  // people and units
  'unit', 'community', 'location', 'contact', 'contactName', 'phone', 'person',
  'leader', 'department', 'partner', 'responsible', 'role', 'name', 'title',
  // schedules and tasks
  'month', 'activity', 'note', 'task', 'deadline',
  // rubrics and standards
  'category', 'criterion', 'method', 'maxPoints', 'score', 'aspect',
  // indicator checklists
  'indicatorL1', 'indicatorL2', 'indicatorL3', 'requirement', 'plannedWork', 'plannedTime', 'collection',
  // sites and grids
  'site', 'indicator', 'roads', 'compounds', 'gridStaff',
  // score sheets
  'entity', 'item', 'periodScore', 'total', 'level', 'rank',
  // a column whose header names no role: recognition never binds it; annexes keep it as written
  'other',
] as const;

export type ColumnRole = (typeof COLUMN_ROLES)[number];

export function isTableKind(value: string): value is TableKind {
  return (TABLE_KINDS as readonly string[]).includes(value);
}

/** Chinese names of the kinds, for the pane, the CLI's readable output and annex titles. */
export const KIND_NAMES_ZH: Readonly<Record<RecognizedKind, string>> = {
  'pairing-plan': '结对共建计划表',
  'monthly-schedule': '月度活动安排表',
  rubric: '评分标准（测评表）',
  'star-standard': '星级创建标准',
  'task-breakdown': '目标任务分解表',
  roster: '领导小组成员名单',
  'indicator-checklist': '对标责任清单',
  'site-checklist': '实地点位建设任务清单',
  'grid-assignment': '包联社区网格责任表',
  'score-sheet': '评分汇总表',
  'entity-list': '社区（单位）名单',
  unknown: '未识别',
};
