import type { EditOp } from '../core/edit-plan/edit-plan';
import type { Severity } from '../core/findings/codes';
import type { ColumnRole, RecognizedKind } from '../core/recognize/table-kind';
import { COLUMN_ROLE_NAMES_ZH, KIND_NAMES_ZH } from '../core/recognize/table-kind';

/**
 * Every string the task pane and the playground show, Simplified Chinese first,
 * English when Office's display language is English. Findings' own messages
 * come from the core's zh-CN message table and stay Chinese.
 */
export interface PaneStrings {
  readonly appTitle: string;
  readonly tabs: { readonly recognize: string; readonly check: string; readonly score: string; readonly annex: string; readonly settings: string };
  readonly kinds: Readonly<Record<RecognizedKind, string>>;
  /** Role names; a role added to the core later shows its id until it is named here. */
  readonly roles: Readonly<Partial<Record<ColumnRole, string>>>;
  readonly severities: Readonly<Record<Severity, string>>;
  /** Edit-op kinds, for "these changes could not be undone". */
  readonly ops: Readonly<Record<EditOp['op'], string>>;
  readonly common: {
    readonly refresh: string; readonly cancel: string; readonly cancelled: string; readonly cancelledAnalysis: string; readonly working: string;
    readonly readingWorkbook: string; readonly recognizing: (sheet: string, done: number, total: number) => string; readonly checking: string;
    readonly building: string; readonly applying: string; readonly errorTitle: string; readonly noWorkbook: string; readonly dismiss: string;
  };
  readonly recognize: {
    readonly intro: string; readonly noTables: string; readonly kindLabel: string; readonly kindOverridden: string; readonly resetKind: string;
    readonly title: string; readonly range: string; readonly headerRows: string; readonly dataRows: string; readonly declared: (n: number) => string;
    readonly repeatedHeaders: (n: number) => string; readonly columns: string; readonly noTitle: string; readonly annexLabel: string;
    readonly unsure: (percent: number) => string; readonly guessed: string; readonly corrected: string; readonly noRole: string; readonly ignore: string;
    readonly headerRowsHint: string; readonly badHeaderRows: string; readonly columnRole: (letter: string) => string;
  };
  readonly check: {
    readonly summary: (errors: number, warnings: number, infos: number) => string; readonly noFindings: string;
    readonly mark: string; readonly fix: string; readonly undo: string; readonly undoHint: string; readonly nothingToUndo: string;
    readonly showMore: (n: number) => string; readonly selectHint: string; readonly applied: (summary: string) => string;
    readonly undone: (summary: string) => string; readonly unrestored: (ops: string) => string; readonly fallbacks: string; readonly noFixes: string;
    readonly suggestion: string; readonly skippedTitle: string; readonly skippedHint: string;
  };
  readonly score: {
    readonly intro: string; readonly rubric: string; readonly noRubric: string; readonly entitiesFrom: string; readonly entitiesTyped: string;
    readonly entitiesPlaceholder: string; readonly thresholds: string; readonly thresholdLabel: string; readonly thresholdMin: string;
    readonly addThreshold: string; readonly removeThreshold: string; readonly build: string; readonly entityCount: (n: number) => string; readonly thresholdOrder: string;
    readonly target: string; readonly targetLevel: string; readonly targetShare: string; readonly targetHint: (level: string, share: string) => string; readonly invalidShare: string;
    readonly protect: string; readonly needRubric: string; readonly needEntities: string; readonly noItems: string; readonly noMaxima: string; readonly rubricMissing: string; readonly targetNotALevel: string;
    readonly built: (sheet: string) => string; readonly builtRows: (first: number, last: number, entities: number, items: number) => string;
    readonly builtColumns: (total: string, level: string | undefined, rank: string) => string;
    readonly builtSettings: (thresholds: string, targetLevel: string, targetShare: string) => string;
    readonly replaced: (sheet: string) => string; readonly sidestepped: (taken: string, sheet: string) => string; readonly undoHint: string;
  };
  readonly annex: {
    readonly intro: string; readonly kind: string; readonly source: string; readonly noSource: string; readonly number: string; readonly title: string;
    readonly maskPhones: string; readonly build: string; readonly template: string; readonly titlePlaceholder: string; readonly scoreSummary: string;
    readonly sourceOption: (sheet: string, tables: number, title: string) => string; readonly invalidNumber: string; readonly built: string;
  };
  readonly settings: {
    readonly intro: string; readonly year: string; readonly periodStart: string; readonly periodEnd: string; readonly issued: string; readonly today: string;
    readonly areaCode: string; readonly dueSoonDays: string; readonly save: string; readonly saved: string; readonly savedInMemory: string;
    readonly invalidYear: string; readonly invalidDate: string; readonly invalidPeriod: string; readonly invalidAreaCode: string; readonly invalidDays: string;
    readonly storedWhere: string; readonly storedInMemory: string;
    /** `从“通知”!A1 推断：鹤创文办〔2020〕5号`. */
    readonly inferredFrom: (where: string, text: string) => string;
    readonly notInferred: string; readonly reading: string;
    /** Under a field the user filled in, what the workbook says. */
    readonly overrides: (value: string, where: string) => string; readonly unused: (value: string, where: string) => string;
    readonly agrees: (where: string) => string;
    readonly conflict: (value: string, where: string, text: string) => string;
    readonly todayFromClock: (date: string) => string; readonly todayRule: string; readonly datePlaceholder: string;
  };
  readonly playground: {
    readonly title: string; readonly sample: string; readonly open: string; readonly download: string; readonly loading: string;
    readonly sheetTabs: string; readonly openFailed: string; readonly localOnly: string; readonly emptySheet: string;
  };
}

const ROLES_ZH: Partial<Record<ColumnRole, string>> = COLUMN_ROLE_NAMES_ZH;

const ROLES_EN: Partial<Record<ColumnRole, string>> = {
  seq: 'No.', unit: 'Unit', community: 'Community', location: 'Location', contact: 'Contact', contactName: 'Contact name', phone: 'Phone', person: 'Person',
  leader: 'Leader', department: 'Department', responsible: 'Responsible', role: 'Role', name: 'Name', title: 'Title',
  month: 'Month', note: 'Note', task: 'Task', deadline: 'Deadline',
  category: 'Category', criterion: 'Criterion', method: 'Method', maxPoints: 'Max points', score: 'Score', aspect: 'Aspect',
  indicatorL1: 'Indicator L1', indicatorL2: 'Indicator L2', indicatorL3: 'Indicator L3', requirement: 'Requirement', plannedWork: 'Planned work', plannedTime: 'Planned time', collection: 'Collection',
  site: 'Site', indicator: 'Indicator', roads: 'Roads', compounds: 'Compounds', gridStaff: 'Grid staff',
  entity: 'Entity', periodScore: 'Period score', total: 'Total', level: 'Level', rank: 'Rank',
};

export const ZH_CN: PaneStrings = {
  appTitle: '文明创建表格助手',
  tabs: { recognize: '识别', check: '校验', score: '评分', annex: '附件', settings: '设置' },
  kinds: KIND_NAMES_ZH,
  roles: ROLES_ZH,
  severities: { error: '错误', warning: '警告', info: '提示' },
  ops: {
    addSheet: '被替换工作表的底色、字体、边框与合并单元格', deleteSheet: '删除工作表', setValues: '单元格内容', fillDown: '向下填充的单元格', format: '字体、边框等格式', merge: '合并单元格', columnWidth: '列宽', rowHeight: '行高',
    validation: '数据验证', conditionalFormat: '条件格式', note: '注释', pageSetup: '页面设置', freeze: '冻结窗格', protect: '工作表保护',
  },
  common: {
    refresh: '重新读取', cancel: '取消', cancelled: '已取消。', cancelledAnalysis: '已取消识别与校验。点击“重新读取”可重新开始。', working: '正在处理…',
    readingWorkbook: '正在读取工作簿…', recognizing: (sheet, done, total) => `正在识别“${sheet}”（${done}/${total}）`, checking: '正在校验…',
    building: '正在生成…', applying: '正在写入工作簿…', errorTitle: '出错了', noWorkbook: '工作簿中没有工作表。', dismiss: '关闭',
  },
  recognize: {
    intro: '每个工作表中识别出的表格。类型、表头行或某列的含义识别有误时，可在此改正；改正保存在工作簿中，之后的校验、评分和附件都按改正后的读。',
    noTables: '没有识别出表格。', kindLabel: '类型', kindOverridden: '（已手动指定）', resetKind: '恢复自动识别',
    title: '标题', range: '范围', headerRows: '表头行', dataRows: '数据行', declared: (n) => `标题注明 ${n} 个`,
    repeatedHeaders: (n) => `重复表头 ${n} 行（不计为数据）`, columns: '列', noTitle: '（无标题）', annexLabel: '附件标签',
    unsure: (percent) => `把握 ${percent}%，请核对`, guessed: '推测', corrected: '已按您的更正识别', noRole: '（不使用）', ignore: '忽略此列',
    headerRowsHint: '行号，两行表头写“4,5”', badHeaderRows: '请填写从 1 起的行号，如 3 或 4,5', columnRole: (letter) => `${letter} 列`,
  },
  check: {
    summary: (e, w, i) => `错误 ${e} 个，警告 ${w} 个，提示 ${i} 个`, noFindings: '没有发现问题。',
    mark: '标注到工作表', fix: '应用修复', undo: '撤销上次修改', undoHint: '恢复到上次“标注”或“修复”之前的内容', nothingToUndo: '没有可撤销的修改。',
    showMore: (n) => `再显示 ${n} 条`, selectHint: '点击一条问题可在工作表中选中对应单元格。',
    applied: (s) => `已完成：${s}`, undone: (s) => `已撤销：${s}`, unrestored: (ops) => `以下修改无法自动撤销，请手动检查：${ops}`,
    fallbacks: '提示', noFixes: '没有可以自动修复的问题。', suggestion: '建议：',
    skippedTitle: '未运行的检查', skippedHint: '在“设置”中填写缺少的参数（或“参照日期”）后，这些检查会运行。',
  },
  score: {
    intro: '根据评分标准表生成评分表：每个对象一行，每个评分项一列，总分、等级、名次用公式计算，阈值写在单元格中可直接修改。',
    rubric: '评分标准表', noRubric: '没有识别出评分标准（测评表）。', entitiesFrom: '评分对象来自', entitiesTyped: '手动输入',
    entitiesPlaceholder: '每行一个社区或单位名称', thresholds: '等级阈值', thresholdLabel: '等级名称', thresholdMin: '最低分（含）',
    addThreshold: '添加等级', removeThreshold: '删除', build: '生成评分表', entityCount: (n) => `共 ${n} 个对象`, thresholdOrder: '等级名称和最低分都应各不相同，最低分在 0～满分之间。',
    target: '达标目标', targetLevel: '目标等级', targetShare: '目标占比（%）', targetHint: (level, share) => `${level}及以上的对象占 ${share}% 以上即为达到目标`,
    invalidShare: '目标占比应为 1～100 之间的数。', protect: '保护工作表（只能修改得分和右侧设置）',
    needRubric: '请先选择评分标准表。', needEntities: '没有评分对象：请选择一个表格，或手动输入名称。',
    noItems: '这张评分标准表中没有读到评分项，无法生成评分表。请在“识别”选项卡确认它的类型。',
    noMaxima: '这张评分标准表读到了评分项，但都没有分值（没有“分值”列，标准里也没有“（5分）”），无法生成评分表。请在“识别”选项卡指定分值列。',
    rubricMissing: '找不到所选的评分标准表，请点击“重新读取”后再试。', targetNotALevel: '目标等级不在等级阈值之中。',
    built: (sheet) => `已生成评分表“${sheet}”`,
    builtRows: (first, last, n, items) => `第 ${first}～${last} 行，每行一个对象（共 ${n} 个），${items} 个评分项；得分单元格有数据验证`,
    builtColumns: (total, level, rank) => `总分在 ${total} 列${level ? `，等级在 ${level} 列` : ''}，名次在 ${rank} 列，均为公式`,
    builtSettings: (thresholds, level, share) => `分数线在 ${thresholds}，目标等级在 ${level}、目标占比在 ${share}（右侧黄色单元格，可修改）`,
    replaced: (sheet) => `已替换之前生成的“${sheet}”。`, sidestepped: (taken, sheet) => `工作表“${taken}”已有其他内容，评分表写在“${sheet}”，原表保持不变。`,
    undoHint: '生成后可用“撤销上次修改”删除这张评分表。',
  },
  annex: {
    intro: '把识别出的表格整理成公文附件（GB/T 9704）：A4 纸、附件标签、居中标题、重复表头、细边框、页码。',
    kind: '附件类型', source: '来源表格', noSource: '没有这种类型的表格。', number: '附件编号', title: '附件标题', maskPhones: '隐藏手机号中间四位（用于信息公开）',
    build: '生成附件', template: '空白模板（只有表头）', titlePlaceholder: '留空则按来源表格自动生成', scoreSummary: '评分汇总（名次、等级、各等级数量）',
    sourceOption: (sheet, n, title) => `${sheet}：${title}${n > 1 ? `（共 ${n} 个表格）` : ''}`, invalidNumber: '附件编号应为 1～999 的整数。', built: '附件已生成',
  },
  settings: {
    intro: '校验时使用的参数，保存在当前工作簿中。', year: '活动年度', periodStart: '活动开始日期', periodEnd: '活动结束日期', issued: '通知印发日期',
    today: '参照日期（“今天”）', areaCode: '本地区号', dueSoonDays: '临近期限提醒（天）', save: '保存设置', saved: '设置已保存到工作簿。',
    savedInMemory: '设置已保存（本页面关闭后失效）。', invalidYear: '请输入 2000～2100 之间的年份。', invalidDate: '请输入存在的日期，如“2020-06-30”或“2020年6月30日”。',
    invalidPeriod: '结束日期不能早于开始日期。', invalidAreaCode: '区号为 0 开头的 3～4 位数字，如 0392、028。', invalidDays: '请输入 0～365 之间的整数。',
    storedWhere: '设置保存在工作簿的加载项设置中，随文件一起保存。', storedInMemory: '演示页面中，设置只保存在本页面内存中。',
    inferredFrom: (where, text) => `从${where} 推断：${text}`, notInferred: '未能从工作簿推断，请填写', reading: '正在读取工作簿…',
    overrides: (value, where) => `工作簿中为 ${value}（${where}），按此处填写的值校验`,
    unused: (value, where) => `工作簿中为 ${value}（${where}），与已填写的其他设置不符，未采用`,
    agrees: (where) => `与工作簿一致（${where}）`,
    conflict: (value, where, text) => `注意：${where} 写的是 ${value}（${text}），请核对`,
    todayFromClock: (date) => `留空：今天 ${date} 在活动期间内，按今天判断逾期`, todayRule: '留空时，今天在活动期间内才按今天判断逾期与即将到期',
    datePlaceholder: '年-月-日',
  },
  playground: {
    title: '文明创建表格助手 · 演示', sample: '示例工作簿', open: '打开文件', download: '下载', loading: '正在加载工作簿…',
    sheetTabs: '工作表', openFailed: '无法打开该文件', localOnly: '文件只在本机浏览器中处理，不会上传。', emptySheet: '（空工作表）',
  },
};

export const EN: PaneStrings = {
  appTitle: 'Wenming Sheets',
  tabs: { recognize: 'Tables', check: 'Check', score: 'Score', annex: 'Annex', settings: 'Settings' },
  kinds: {
    'pairing-plan': 'Pairing plan', 'monthly-schedule': 'Monthly schedule', rubric: 'Rubric', 'star-standard': 'Star standard',
    'task-breakdown': 'Task breakdown', roster: 'Roster', 'indicator-checklist': 'Indicator checklist', 'site-checklist': 'Site checklist',
    'grid-assignment': 'Grid assignment', 'score-sheet': 'Score sheet', 'entity-list': 'List of communities or units', unknown: 'Not recognised',
  },
  roles: ROLES_EN,
  severities: { error: 'Error', warning: 'Warning', info: 'Info' },
  ops: {
    addSheet: 'fills, fonts, borders and merged cells of replaced sheets', deleteSheet: 'deleted sheets', setValues: 'cell contents', fillDown: 'filled-down cells', format: 'fonts, borders and other formats', merge: 'merged cells', columnWidth: 'column widths',
    rowHeight: 'row heights', validation: 'data validation', conditionalFormat: 'conditional formats', note: 'notes', pageSetup: 'page setup', freeze: 'frozen panes', protect: 'sheet protection',
  },
  common: {
    refresh: 'Reload', cancel: 'Cancel', cancelled: 'Cancelled.', cancelledAnalysis: 'Recognition and checks were cancelled. Click Reload to start again.', working: 'Working…',
    readingWorkbook: 'Reading the workbook…', recognizing: (sheet, done, total) => `Recognising “${sheet}” (${done}/${total})`, checking: 'Checking…',
    building: 'Building…', applying: 'Writing to the workbook…', errorTitle: 'Something went wrong', noWorkbook: 'The workbook has no sheets.', dismiss: 'Dismiss',
  },
  recognize: {
    intro: 'Tables found on each sheet. If a kind is wrong, correct it in the drop-down; the choice is saved in the workbook.',
    noTables: 'No tables found.', kindLabel: 'Kind', kindOverridden: '(set by you)', resetKind: 'Use the recognised kind',
    title: 'Title', range: 'Range', headerRows: 'Header rows', dataRows: 'Data rows', declared: (n) => `title says ${n}`,
    repeatedHeaders: (n) => `${n} repeated header rows (not data)`, columns: 'Columns', noTitle: '(no title)', annexLabel: 'Annex label',
    unsure: (percent) => `${percent}% sure, please check`, guessed: 'guessed', corrected: 'Read as you corrected it', noRole: '(not used)', ignore: 'Ignore this column',
    headerRowsHint: 'Row numbers; a two-row header is "4,5"', badHeaderRows: 'Enter row numbers from 1, such as 3 or 4,5', columnRole: (letter) => `Column ${letter}`,
  },
  check: {
    summary: (e, w, i) => `${e} errors, ${w} warnings, ${i} notes`, noFindings: 'No problems found.',
    mark: 'Mark in the sheets', fix: 'Apply fixes', undo: 'Undo last change', undoHint: 'Restore what the last mark or fix changed', nothingToUndo: 'Nothing to undo.',
    showMore: (n) => `Show ${n} more`, selectHint: 'Click a finding to select its cell.',
    applied: (s) => `Done: ${s}`, undone: (s) => `Undone: ${s}`, unrestored: (ops) => `These changes could not be undone automatically: ${ops}`,
    fallbacks: 'Note', noFixes: 'Nothing to fix automatically.', suggestion: 'Suggestion: ',
    skippedTitle: 'Checks not run', skippedHint: 'Fill in the missing settings (or the reference date) under Settings to run them.',
  },
  score: {
    intro: 'Builds a score sheet from a rubric: one row per entity, one column per item; total, level and rank are formulas; thresholds live in cells you can edit.',
    rubric: 'Rubric', noRubric: 'No rubric table found.', entitiesFrom: 'Entities from', entitiesTyped: 'Typed in',
    entitiesPlaceholder: 'One community or unit per line', thresholds: 'Level thresholds', thresholdLabel: 'Level', thresholdMin: 'Minimum (inclusive)',
    addThreshold: 'Add level', removeThreshold: 'Remove', build: 'Build score sheet', entityCount: (n) => `${n} entities`, thresholdOrder: 'Level names and minimums must all differ; minimums lie between 0 and the full score.',
    target: 'Goal', targetLevel: 'Target level', targetShare: 'Target share (%)', targetHint: (level, share) => `The goal is met when at least ${share}% reach ${level} or above`,
    invalidShare: 'The target share must be a number from 1 to 100.', protect: 'Protect the sheet (only scores and the settings on the right can be edited)',
    needRubric: 'Choose a rubric first.', needEntities: 'No entities: pick a table or type the names.',
    noItems: 'No items were read from this rubric, so no score sheet can be built. Check its kind on the Tables tab.',
    noMaxima: 'Items were read from this rubric but none states its points (no points column, no "(5分)" in the text). Set the points column on the Tables tab.',
    rubricMissing: 'The chosen rubric is gone; click Reload and try again.', targetNotALevel: 'The target level is not one of the levels.',
    built: (sheet) => `Score sheet “${sheet}” built`,
    builtRows: (first, last, n, items) => `Rows ${first}–${last}, one per entity (${n}), ${items} items; score cells are validated`,
    builtColumns: (total, level, rank) => `Total in column ${total}${level ? `, level in ${level}` : ''}, rank in ${rank}, all formulas`,
    builtSettings: (thresholds, level, share) => `Thresholds in ${thresholds}, target level in ${level}, target share in ${share} (yellow cells on the right, editable)`,
    replaced: (sheet) => `Replaced the “${sheet}” built before.`, sidestepped: (taken, sheet) => `Sheet “${taken}” holds other data; the score sheet went to “${sheet}” and the original is unchanged.`,
    undoHint: 'Undo last change removes the new score sheet.',
  },
  annex: {
    intro: 'Turns a recognised table into an official annex (GB/T 9704): A4, annex label, centred title, repeated header, thin borders, page numbers.',
    kind: 'Annex kind', source: 'Source table', noSource: 'No table of this kind.', number: 'Annex number', title: 'Annex title', maskPhones: 'Mask mobile numbers (for publication)',
    build: 'Build annex', template: 'Blank template (headers only)', titlePlaceholder: 'Leave empty to take it from the source', scoreSummary: 'Score summary (rank, level, counts per level)',
    sourceOption: (sheet, n, title) => `${sheet}: ${title}${n > 1 ? ` (${n} tables)` : ''}`, invalidNumber: 'The annex number must be a whole number from 1 to 999.', built: 'Annex built',
  },
  settings: {
    intro: 'Parameters for the checks, saved in this workbook.', year: 'Campaign year', periodStart: 'Campaign start', periodEnd: 'Campaign end', issued: 'Notice date',
    today: 'Reference date ("today")', areaCode: 'Local area code', dueSoonDays: 'Due-soon warning (days)', save: 'Save settings', saved: 'Settings saved in the workbook.',
    savedInMemory: 'Settings saved (for this page only).', invalidYear: 'Enter a year between 2000 and 2100.', invalidDate: 'Enter a real date such as 2020-06-30.',
    invalidPeriod: 'The end must not be before the start.', invalidAreaCode: 'An area code is 0 plus 2–3 digits, e.g. 0392 or 028.', invalidDays: 'Enter a whole number from 0 to 365.',
    storedWhere: 'Stored in the workbook\'s add-in settings and saved with the file.', storedInMemory: 'In the playground, settings live in this page\'s memory only.',
    inferredFrom: (where, text) => `Read from ${where}: ${text}`, notInferred: 'Not found in the workbook; please fill in', reading: 'Reading the workbook…',
    overrides: (value, where) => `The workbook says ${value} (${where}); the value here is used`,
    unused: (value, where) => `The workbook says ${value} (${where}), which contradicts the other settings; not used`,
    agrees: (where) => `Same as the workbook (${where})`,
    conflict: (value, where, text) => `Note: ${where} says ${value} (${text}); please check`,
    todayFromClock: (date) => `Empty: today (${date}) is inside the campaign period and is used`, todayRule: 'Empty: today is used only while it falls inside the campaign period',
    datePlaceholder: 'yyyy-mm-dd',
  },
  playground: {
    title: 'Wenming Sheets · Playground', sample: 'Sample workbook', open: 'Open file', download: 'Download', loading: 'Loading workbook…',
    sheetTabs: 'Sheets', openFailed: 'Could not open the file', localOnly: 'Files are processed in this browser only and never uploaded.', emptySheet: '(empty sheet)',
  },
};

/** The strings for Office's display language (`zh-CN`, `en-US`…): English for `en*`, Chinese otherwise. */
export function stringsFor(displayLanguage: string | undefined): PaneStrings {
  return displayLanguage?.toLowerCase().startsWith('en') ? EN : ZH_CN;
}

/** A role's display name, or its id for a role not yet named here. */
export function roleName(strings: PaneStrings, role: ColumnRole): string {
  return strings.roles[role] ?? role;
}
