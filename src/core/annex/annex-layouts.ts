import type { ColumnRole } from '../recognize/table-kind';
import type { AnnexKind } from './annex-kind';

/** How one column of an annex is laid out. Widths are in characters of the cell font. */
export interface AnnexColumnSpec {
  readonly role: ColumnRole;
  /** The header a blank template prints; `联系领导/市级` stands for a two-row header. */
  readonly header: string;
  /** Never narrower than this. */
  readonly minChars: number;
  /** Text longer than this wraps. */
  readonly maxChars: number;
  readonly align: 'center' | 'left';
  /** Takes spare width when the table is narrower than the text block. */
  readonly grow: boolean;
  /** Numbers stay numbers (序号, 分值); every other column is a text column (`@`), so phones stay text. */
  readonly numeric?: boolean;
  /** Printed only when the source has it; a blank template leaves it out (`联系人` + `联系电话` instead of `联系人及电话`). */
  readonly optional?: boolean;
}

/** The layout of one annex kind: a new city's table is a new row here, not new code (STYLE §3). */
export interface AnnexLayoutSpec {
  readonly kind: AnnexKind;
  /** The title of a blank template. */
  readonly defaultTitle: string;
  /** Columns in the order an office prints them; a role may repeat (two 联系领导 columns). */
  readonly columns: readonly AnnexColumnSpec[];
  /** Put a 序号 column first when the source has none (DOMAIN §5: tables carry a 序号 column). */
  readonly addSeq: boolean;
  /** Empty rows of a blank template. */
  readonly templateRows: number;
  /** Rows whose first text cell matches are sub-headings and print bold (`一、联点共建情况`). */
  readonly boldRowPattern?: RegExp;
}

type Shape = Omit<AnnexColumnSpec, 'role' | 'header'>;
const SEQ: Shape = { minChars: 2, maxChars: 3, align: 'center', grow: false, numeric: true };
const POINTS: Shape = { minChars: 2, maxChars: 3, align: 'center', grow: false, numeric: true };
const PERSON: Shape = { minChars: 3, maxChars: 5, align: 'center', grow: false };
const PEOPLE: Shape = { minChars: 4, maxChars: 8, align: 'center', grow: true };
const SHORT: Shape = { minChars: 4, maxChars: 7, align: 'center', grow: true };
const CONTACT: Shape = { minChars: 5, maxChars: 9, align: 'center', grow: false };
const DATE: Shape = { minChars: 4, maxChars: 6, align: 'center', grow: false };
const LONG: Shape = { minChars: 6, maxChars: 14, align: 'left', grow: true };
const PROSE: Shape = { minChars: 7, maxChars: 24, align: 'left', grow: true };

const col = (role: ColumnRole, header: string, shape: Shape, over: Partial<Shape> = {}): AnnexColumnSpec => ({ role, header, ...shape, ...over });

/** Every annex kind's layout. */
export const ANNEX_LAYOUTS: Readonly<Record<AnnexKind, AnnexLayoutSpec>> = {
  'pairing-plan': {
    kind: 'pairing-plan', defaultTitle: '文明单位结对社区共建活动计划表', addSeq: true, templateRows: 10,
    columns: [col('seq', '序号', SEQ), col('unit', '文明单位名称', SHORT, { maxChars: 9 }), col('community', '结对社区名单', SHORT),
      col('location', '社区具体位置', LONG, { maxChars: 12 }), col('contact', '联系人及电话', CONTACT),
      col('contactName', '联系人', PERSON, { optional: true }), col('phone', '联系电话', CONTACT, { minChars: 6, maxChars: 7, optional: true })],
  },
  'monthly-schedule': {
    kind: 'monthly-schedule', defaultTitle: '联点共建活动安排表', addSeq: false, templateRows: 12,
    columns: [col('month', '时间', DATE, { minChars: 3, maxChars: 4 }), col('unit', '责任单位', SHORT, { maxChars: 10 }),
      col('activity', '活动内容', PROSE, { optional: true }), col('person', '责任人', PEOPLE), col('note', '备注', LONG, { minChars: 6 })],
  },
  rubric: {
    kind: 'rubric', defaultTitle: '测评标准', addSeq: false, templateRows: 10, boldRowPattern: /^[一二三四五六七八九十]+、/,
    columns: [col('category', '测评项目', SHORT, { maxChars: 6, grow: false }), col('criterion', '测评标准', PROSE),
      col('method', '测评方法', SHORT, { maxChars: 5, grow: false }), col('note', '注意事项', LONG, { optional: true }),
      col('maxPoints', '分值', POINTS), col('score', '得分', POINTS, { minChars: 3 })],
  },
  'star-standard': {
    kind: 'star-standard', defaultTitle: '星级社区创建标准', addSeq: true, templateRows: 16,
    columns: [col('seq', '序号', SEQ), col('aspect', '星级项目', SHORT, { maxChars: 6, grow: false }), col('criterion', '创建标准', PROSE),
      col('leader', '分包领导', PEOPLE, { maxChars: 5 }), col('department', '责任部门', SHORT, { maxChars: 8 }),
      col('responsible', '责任人', PEOPLE, { maxChars: 6 })],
  },
  'task-breakdown': {
    kind: 'task-breakdown', defaultTitle: '目标任务分解表', addSeq: true, templateRows: 10,
    columns: [col('seq', '序号', SEQ), col('task', '目标任务', LONG, { maxChars: 12 }), col('leader', '分管领导', PEOPLE, { align: 'left' }),
      col('department', '责任部门', SHORT, { maxChars: 8, align: 'left' }), col('partner', '配合单位', SHORT, { maxChars: 8, align: 'left', optional: true }),
      col('responsible', '责任人', PEOPLE, { align: 'left' }), col('deadline', '完成时限', DATE)],
  },
  roster: {
    kind: 'roster', defaultTitle: '工作领导小组成员名单', addSeq: false, templateRows: 10,
    columns: [col('role', '组内职务', PERSON, { minChars: 4 }), col('name', '姓名', PERSON, { minChars: 4 }), col('title', '职务', LONG, { maxChars: 18 })],
  },
  'indicator-checklist': {
    kind: 'indicator-checklist', defaultTitle: '对标责任清单', addSeq: false, templateRows: 10,
    columns: [col('indicatorL1', '测评项目', SHORT, { maxChars: 6, grow: false }), col('indicatorL2', '指标名称', SHORT, { maxChars: 6, grow: false }),
      col('indicatorL3', '测评内容', SHORT, { maxChars: 6, grow: false }), col('criterion', '测评标准', LONG),
      col('requirement', '网上申报具体要求', PROSE, { maxChars: 18 }), col('plannedWork', '计划开展工作内容', LONG),
      col('plannedTime', '计划开展时间', DATE, { minChars: 3, maxChars: 5 }), col('department', '责任科室', SHORT, { maxChars: 6, grow: false }),
      col('collection', '收集类型', DATE, { minChars: 3, maxChars: 4 }), col('contact', '联系人及联系方式', CONTACT, { maxChars: 6 }),
      col('contactName', '联系人', PERSON, { optional: true }), col('phone', '联系电话', CONTACT, { minChars: 6, maxChars: 7, optional: true }), col('note', '备注', LONG, { optional: true })],
  },
  'site-checklist': {
    kind: 'site-checklist', defaultTitle: '实地点位建设任务清单', addSeq: true, templateRows: 10,
    columns: [col('seq', '序号', SEQ), col('site', '点位名称', SHORT, { maxChars: 6, grow: false }), col('indicator', '指标名称', SHORT, { maxChars: 6, grow: false }),
      col('criterion', '考察内容及标准', PROSE), col('unit', '责任单位', SHORT, { maxChars: 6 }), col('contact', '联系人及联系方式', CONTACT, { maxChars: 7 }),
      col('contactName', '联系人', PERSON, { optional: true }), col('phone', '联系电话', CONTACT, { minChars: 6, maxChars: 7, optional: true }), col('note', '备注', LONG, { optional: true })],
  },
  'grid-assignment': {
    kind: 'grid-assignment', defaultTitle: '包联社区网格责任表', addSeq: false, templateRows: 8,
    columns: [col('community', '街道社区', SHORT, { maxChars: 6, grow: false }), col('leader', '联系领导/市级', PEOPLE, { maxChars: 6 }),
      col('leader', '联系领导/区级', PEOPLE, { maxChars: 6 }), col('unit', '包联单位', SHORT, { maxChars: 6 }),
      col('leader', '分管领导', PEOPLE, { maxChars: 6 }), col('contact', '联系人', CONTACT, { maxChars: 7 }),
      col('roads', '责任路段', LONG, { maxChars: 12 }), col('compounds', '责任小区', LONG, { maxChars: 12 }),
      col('gridStaff', '街巷长/网格员', CONTACT, { maxChars: 7 }), col('gridStaff', '街巷长/城管队员', CONTACT, { maxChars: 7 })],
  },
  'score-summary': {
    kind: 'score-summary', defaultTitle: '评分汇总表', addSeq: true, templateRows: 10,
    columns: [col('seq', '序号', SEQ), col('entity', '名称', SHORT, { maxChars: 10 }), col('total', '得分', POINTS, { minChars: 4, grow: true }),
      col('level', '等级', SHORT, { maxChars: 5 }), col('rank', '名次', POINTS, { grow: true })],
  },
};

/** The spec of a role in a layout (the first column of that role). */
export function columnSpecOf(layout: AnnexLayoutSpec, role: ColumnRole): AnnexColumnSpec {
  return layout.columns.find((c) => c.role === role) ?? { role, header: role, ...LONG, maxChars: 10 };
}
