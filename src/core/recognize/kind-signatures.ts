import type { ColumnRole, TableKind } from './table-kind';

/**
 * How each table kind is recognised: which column roles it may have, which it
 * must have (every group needs one of its roles), title words that confirm it,
 * and how its data behaves. A new city's table is a new row here, not new code.
 */
export interface KindSignature {
  readonly kind: TableKind;
  /** Roles this kind may bind, in priority order (the first role that claims a header word wins). */
  readonly roles: readonly ColumnRole[];
  /** Each group must be satisfied by at least one of its roles. */
  readonly required: readonly (readonly ColumnRole[])[];
  /** Title words that confirm the kind (a tie-breaker, never enough alone). */
  readonly titlePattern: RegExp;
  /** What the first rows under the header hold in this kind (a rubric's `（4分）`): evidence like the title's. */
  readonly dataPattern?: RegExp;
  /** Share of a header row's non-empty cells that must bind to roles. */
  readonly minBoundShare: number;
  /** Roles whose blank cells mean "same as above" (merged in the Word original). */
  readonly fillDown: readonly ColumnRole[];
  /** Roles that identify a row; two rows differing here but equal in `detailRoles` are suspicious. */
  readonly keyRoles: readonly ColumnRole[];
  readonly detailRoles: readonly ColumnRole[];
  /** When one header spans several columns (merged, or followed by empty header cells), the roles of those columns from left to right. */
  readonly spanRoles?: Partial<Record<ColumnRole, readonly ColumnRole[]>>;
  /** Roles bound by the shape of a header rather than its words: `1.党员干部入户宣传（2分）` is a score-sheet item. */
  readonly patternRoles?: readonly { readonly role: ColumnRole; readonly pattern: RegExp }[];
  /**
   * A role the kind lacks is played by another column: a rubric headed `考核办法`
   * with no 标准 column writes its criteria under 办法 (seed 001).
   */
  readonly standIns?: Partial<Record<ColumnRole, ColumnRole>>;
  /**
   * When several columns bind to this role, the one whose data text is longest
   * keeps it; the others become `left` or `right` by their side of it. A rubric
   * headed `测评项目 | 测评内容 | 测评标准` has two 内容/标准 columns: the shorter
   * one on the left is a sub-category, one on the right a scoring note.
   */
  readonly mainColumn?: { readonly role: ColumnRole; readonly left: ColumnRole; readonly right: ColumnRole };
  /** The role of a column whose header names nothing but states points (`实地考察（20分）`): where that part is scored. */
  readonly pointsHeaderRole?: ColumnRole;
  /** Tie-break order between kinds that score the same (lower first). */
  readonly priority: number;
}

export const KIND_SIGNATURES: readonly KindSignature[] = [
  {
    kind: 'indicator-checklist',
    roles: ['seq', 'indicatorL1', 'indicatorL2', 'indicatorL3', 'criterion', 'requirement', 'plannedWork', 'plannedTime', 'leader', 'department', 'collection', 'contact', 'contactName', 'phone', 'note'],
    // Keyed by 测评体系 indicators, with who does what: planned work or material; a bare 责任分工 table
    // (indicator and responsible unit only) is let in by its title, one missing group.
    required: [['indicatorL1', 'indicatorL2', 'indicatorL3'], ['requirement', 'plannedWork', 'collection']],
    titlePattern: /清单|测评体系|对标|申报|分工/,
    minBoundShare: 0.6,
    fillDown: ['indicatorL1', 'indicatorL2', 'indicatorL3', 'criterion'],
    keyRoles: [],
    detailRoles: [],
    priority: 1,
  },
  {
    kind: 'grid-assignment',
    roles: ['seq', 'community', 'leader', 'unit', 'contact', 'contactName', 'phone', 'roads', 'compounds', 'gridStaff', 'note'],
    required: [['community'], ['roads', 'compounds', 'gridStaff']],
    titlePattern: /网格|包联|责任表/,
    minBoundShare: 0.6,
    fillDown: ['community', 'leader'],
    keyRoles: [],
    detailRoles: [],
    priority: 2,
  },
  {
    kind: 'site-checklist',
    roles: ['seq', 'site', 'location', 'indicator', 'criterion', 'unit', 'contact', 'contactName', 'phone', 'deadline', 'note'],
    required: [['site'], ['criterion', 'indicator']],
    titlePattern: /点位|实地|督查|问题|路段/,
    // `具体点位` over two columns: the area the sites are grouped by, then the site.
    spanRoles: { site: ['location', 'site'] },
    minBoundShare: 0.6,
    fillDown: ['site'],
    keyRoles: [],
    detailRoles: [],
    priority: 3,
  },
  {
    kind: 'star-standard',
    roles: ['seq', 'aspect', 'criterion', 'leader', 'department', 'partner', 'responsible', 'note'],
    required: [['aspect'], ['criterion']],
    titlePattern: /星级|创建标准/,
    minBoundShare: 0.6,
    fillDown: [],
    keyRoles: [],
    detailRoles: [],
    priority: 4,
  },
  {
    kind: 'task-breakdown',
    roles: ['seq', 'category', 'task', 'criterion', 'leader', 'department', 'partner', 'responsible', 'deadline', 'note'],
    required: [['task'], ['deadline', 'responsible', 'department', 'leader']],
    // `项目名称 | 具体标准 | 责任单位`: with no 任务 column, the standards to meet are the tasks.
    standIns: { task: 'criterion' },
    titlePattern: /分解|分工|任务|目标|责任/,
    minBoundShare: 0.6,
    fillDown: [],
    keyRoles: ['task'],
    detailRoles: [],
    priority: 5,
  },
  {
    kind: 'pairing-plan',
    roles: ['seq', 'unit', 'community', 'location', 'contact', 'contactName', 'phone', 'note'],
    required: [['unit'], ['community']],
    titlePattern: /结对|共建|包联|帮扶|联点|联建/,
    minBoundShare: 0.6,
    fillDown: [],
    keyRoles: ['unit', 'community'],
    detailRoles: ['location', 'contact', 'contactName', 'phone'],
    priority: 6,
  },
  {
    kind: 'monthly-schedule',
    roles: ['seq', 'month', 'activity', 'unit', 'person', 'note', 'phone'],
    required: [['month'], ['unit', 'person', 'activity']],
    titlePattern: /安排|月度|计划|年度|活动/,
    minBoundShare: 0.6,
    fillDown: [],
    keyRoles: ['month'],
    detailRoles: [],
    priority: 7,
  },
  {
    kind: 'roster',
    roles: ['seq', 'role', 'name', 'title', 'phone', 'note'],
    required: [['name'], ['role', 'title']],
    titlePattern: /名单|成员|领导小组|工作机构|组成/,
    minBoundShare: 0.6,
    fillDown: ['role'],
    keyRoles: ['name'],
    detailRoles: [],
    priority: 8,
  },
  {
    kind: 'rubric',
    roles: ['seq', 'category', 'criterion', 'method', 'maxPoints', 'score', 'note', 'department', 'collection'],
    required: [['criterion'], ['maxPoints', 'score', 'method']],
    titlePattern: /标准|测评|考核|评分|细则|评选/,
    dataPattern: /\d+(?:\.\d+)?\s*分(?![钟类])/,
    minBoundShare: 0.6,
    fillDown: ['category'],
    keyRoles: [],
    detailRoles: [],
    spanRoles: { criterion: ['category', 'criterion'] },
    standIns: { criterion: 'method' },
    mainColumn: { role: 'criterion', left: 'category', right: 'note' },
    pointsHeaderRole: 'score',
    priority: 9,
  },
  {
    kind: 'score-sheet',
    roles: ['seq', 'entity', 'periodScore', 'total', 'level', 'rank', 'item'],
    required: [['entity'], ['total', 'level', 'rank', 'periodScore']],
    // An item header states its maximum or its input kind: `（5分）`, `（选项）`, `（项数）`, `（加分）`.
    patternRoles: [{ role: 'item', pattern: /[（(]\s*(\d+(\.\d+)?\s*分|选项|项数|加分)\s*[）)]$/ }],
    titlePattern: /评分|得分|汇总|考核/,
    // Item columns carry the rubric's own words, so most header cells bind to nothing.
    minBoundShare: 0.2,
    fillDown: [],
    keyRoles: ['entity'],
    detailRoles: [],
    priority: 10,
  },
  {
    // A bare list of the communities or units to be scored (`序号 | 社区名称`): the rows of a
    // score sheet. Last, so that any richer kind wins over it.
    kind: 'entity-list',
    roles: ['seq', 'entity', 'note'],
    required: [['entity']],
    titlePattern: /名单|名录|一览|参评|测评对象|点位/,
    // A bare list: every header cell is 序号, the name or 备注; a column of anything else makes it another table.
    minBoundShare: 1,
    fillDown: [],
    keyRoles: ['entity'],
    detailRoles: [],
    priority: 11,
  },
];

/** The roles bound once stand-ins have taken the roles the kind lacks. */
export function withStandIns<T extends { readonly role: ColumnRole }>(signature: KindSignature, bound: readonly T[]): T[] {
  const standIns = signature.standIns;
  if (!standIns) return [...bound];
  let result = [...bound];
  for (const [missing, by] of Object.entries(standIns) as [ColumnRole, ColumnRole][]) {
    if (result.some((b) => b.role === missing)) continue;
    const first = result.findIndex((b) => b.role === by);
    if (first >= 0) result = result.map((b, i) => (i === first ? { ...b, role: missing } : b));
  }
  return result;
}

export function signatureOf(kind: TableKind): KindSignature {
  const signature = KIND_SIGNATURES.find((s) => s.kind === kind);
  if (!signature) throw new RangeError(`no signature for table kind ${kind}`);
  return signature;
}
