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

/** Chinese names of the column roles, for the pane, `wenming recognize` and messages. */
export const COLUMN_ROLE_NAMES_ZH: Readonly<Record<ColumnRole, string>> = {
  seq: '序号', unit: '单位', community: '社区', location: '位置', contact: '联系人及电话', contactName: '联系人', phone: '联系电话', person: '责任人',
  leader: '领导', department: '责任部门', partner: '配合单位', responsible: '责任人', role: '组内职务', name: '姓名', title: '职务',
  month: '时间（月）', activity: '活动内容', note: '备注', task: '目标任务', deadline: '完成时限',
  category: '类别', criterion: '标准', method: '方法', maxPoints: '分值', score: '得分', aspect: '星级项目',
  indicatorL1: '测评项目', indicatorL2: '指标名称', indicatorL3: '测评内容', requirement: '申报要求', plannedWork: '计划工作', plannedTime: '计划时间', collection: '收集类型',
  site: '点位', indicator: '指标', roads: '责任路段', compounds: '责任小区', gridStaff: '网格员',
  entity: '对象（社区或单位）', item: '评分项', periodScore: '月度得分', total: '总分', level: '等级', rank: '名次', other: '其他',
};
