import type { FindingCode } from './codes';
import type { SkipReason } from './skipped-check';

/**
 * Simplified Chinese prose for every finding code, in one place (zod's
 * `locales/zh-CN.ts` pattern). Templates name their facts in braces:
 * `{phone}` is filled from the finding's params; a missing fact renders empty.
 */
interface MessageTemplate {
  /**
   * What kind of problem it is, in a few words and without facts (`电话号码无效`): the heading the
   * pane groups findings under, and the words before the message in a cell note and in 校验结果.
   * People who have never seen a code read this; the code stays beside it for those who filter.
   */
  readonly title: string;
  readonly message: string;
  readonly suggestion?: string;
}

export const MESSAGES_ZH_CN: Readonly<Record<FindingCode, MessageTemplate>> = {
  PHONE_INVALID: { title: '电话号码无效', message: '电话号码“{phone}”无效：{reason}', suggestion: '请核对号码：手机号为 1 开头的 11 位数字，固话为 0＋区号＋7～8 位号码' },
  PHONE_MISSING: { title: '缺少联系电话', message: '“{name}”缺少联系电话', suggestion: '请补充联系电话' },
  PHONE_STORED_AS_NUMBER: { title: '电话号码存成了数字', message: '电话号码以数字格式保存，Excel 可能显示为“{shown}”', suggestion: '请把单元格设为文本格式并输入“{phone}”（“修复”可自动完成）' },
  PHONE_LEADING_ZERO_LOST: { title: '固定电话丢了开头的 0', message: '固定电话“{shown}”丢失了开头的 0', suggestion: '应为“{phone}”；请把单元格设为文本格式' },
  PHONE_NO_AREA_CODE: { title: '固定电话没有区号', message: '固定电话“{phone}”没有区号', suggestion: '如为本地号码，应写作“{suggested}”' },
  PHONE_UNALLOCATED: { title: '手机号段未分配', message: '手机号“{phone}”的号段尚未分配或已停用', suggestion: '请向本人核实；新号段每年都会放号，如确认无误可忽略' },
  PHONE_SHARED: { title: '同一号码登记给不同的人', message: '电话号码“{phone}”同时登记给“{name}”和“{otherName}”（{otherCell}）', suggestion: '多为复制粘贴错误，请向本人核实号码' },
  PERSON_MULTIPLE_PHONES: { title: '同一人登记了不同号码', message: '“{name}”登记了不同的电话：“{phone}”和“{otherPhone}”（{otherCell}）', suggestion: '请确认哪个号码正确，或是否为同名的两个人' },
  NAME_MISSING: { title: '缺少联系人姓名', message: '电话“{phone}”没有对应的联系人姓名', suggestion: '请补充联系人姓名' },
  NAME_SPACING: { title: '姓名中有空格', message: '姓名“{shown}”中有空格', suggestion: '为对齐而加的空格会妨碍查找和比对，建议写作“{name}”' },
  NAME_SIMILAR: { title: '姓名只差一个字', message: '姓名“{name}”与“{otherName}”（{otherCell}）只差一个字', suggestion: '可能是同一人写法不一致，请核对' },
  TEXT_ODD_CHARACTERS: { title: '含不可见或全角字符', message: '单元格含有不可见或全角字符：{characters}', suggestion: 'Excel 的 TRIM 无法清除这些字符；“修复”会把它们规范为普通字符' },
  EMAIL_INVALID: { title: '邮箱格式不正确', message: '电子邮箱“{email}”格式不正确', suggestion: '请核对邮箱地址' },
  DATE_UNPARSED: { title: '时间写法无法识别', message: '无法识别的时间写法“{text}”', suggestion: '可写作“6月30日前”“10月至12月上旬”“全年”等' },
  DATE_NONEXISTENT: { title: '日期不存在', message: '日期“{text}”不存在', suggestion: '{month}月只有{days}天' },
  DATE_RANGE_REVERSED: { title: '起止时间颠倒', message: '时间段“{text}”的开始晚于结束', suggestion: '请检查起止日期的顺序' },
  DATE_OUTSIDE_PERIOD: { title: '时限超出活动期间', message: '时限“{text}”（{date}）不在活动期间 {period} 内', suggestion: '请核对时限或活动期间设置' },
  DATE_BEFORE_ISSUE: { title: '时限早于发文日期', message: '时限“{text}”（{date}）早于发文日期 {issued}', suggestion: '请核对年份或时限' },
  DATE_ON_HOLIDAY: { title: '时限落在节假日', message: '时限“{text}”（{date}）是法定节假日或休息日（{holiday}）', suggestion: '可考虑提前到最近的工作日 {workday}' },
  DATE_OVERDUE: { title: '时限已过', message: '时限“{text}”已于 {date} 到期（今天 {today}）', suggestion: '请确认任务是否已完成' },
  DATE_DUE_SOON: { title: '时限即将到期', message: '时限“{text}”将于 {date} 到期，还有 {days} 天', suggestion: '请提醒责任人' },
  DATE_YEAR_UNSUPPORTED: { title: '缺少当年节假日数据', message: '{year} 年的法定节假日数据缺失，工作日按周一至周五计算', suggestion: '结果可能与实际调休安排不符，请人工核对' },
  SCHEDULE_MONTH_MISSING: { title: '活动安排缺少月份', message: '活动安排缺少 {months}', suggestion: '请补充这些月份的安排' },
  SCHEDULE_MONTH_DUPLICATE: { title: '同一月份重复安排', message: '{month}在安排表中出现了 {count} 次（{cells}）', suggestion: '请确认是否重复录入' },
  PHASE_GAP: { title: '阶段之间有空档', message: '阶段“{phase}”结束于 {end}，下一阶段“{nextPhase}”开始于 {nextStart}，中间有 {days} 天空档', suggestion: '请确认阶段时间是否衔接' },
  PHASE_OVERLAP: { title: '阶段时间重叠', message: '阶段“{phase}”（至 {end}）与下一阶段“{nextPhase}”（自 {nextStart}）重叠 {days} 天', suggestion: '请确认阶段时间是否衔接' },
  COUNT_MISMATCH: { title: '数量与标题不符', message: '标题写明 {declared} 个，表中实有 {actual} 行数据', suggestion: '请核对标题中的数量或补全表格' },
  HEADER_REPEATED: { title: '表头重复出现', message: '第 {row} 行重复了表头（多见于从多页 Word/PDF 粘贴），不计为数据', suggestion: '制作附件时会自动去掉' },
  DUPLICATE_ROW: { title: '整行重复', message: '第 {row} 行与第 {otherRow} 行内容完全相同', suggestion: '请确认是否重复录入' },
  ROW_SHARED_DETAILS: { title: '不同行登记了相同信息', message: '第 {row} 行与第 {otherRow} 行的{columns}相同', suggestion: '不同单位登记了相同的信息，多为复制粘贴错误，请核对' },
  CELL_ERROR: { title: '公式错误值', message: '单元格是公式错误值 {error}', suggestion: '请检查公式引用的单元格' },
  SHEET_PROTECTED: { title: '工作表受保护', message: '工作表“{sheet}”受保护，本工具只读取不修改', suggestion: '如需标注或修复，请先撤销工作表保护' },
  SHEET_TRUNCATED: { title: '工作表过大未读完', message: '工作表过大，只读取了前 {rows} 行', suggestion: '请删除多余的空行，或拆分工作表' },
  RUBRIC_SUM_MISMATCH: { title: '分值合计不符', message: '{scope}分值合计 {actual} 分，与标明的 {declared} 分不符', suggestion: '请核对各项分值' },
  RUBRIC_POINTS_MISSING: { title: '评分项没有分值', message: '评分项“{item}”没有分值', suggestion: '请在分值列或条文中注明，如“（5分）”' },
  SCORE_OVER_MAX: { title: '得分超过满分', message: '得分 {score} 超过该项满分 {max}', suggestion: '请核对得分' },
  SCORE_NEGATIVE: { title: '得分为负数', message: '得分 {score} 为负数', suggestion: '得分不能小于 0' },
  SCORE_NOT_NUMBER: { title: '得分不是数字', message: '得分“{text}”不是数字', suggestion: '请输入数字' },
  THRESHOLD_ORDER: { title: '等级门槛顺序不对', message: '等级门槛顺序不对：“{label}”{value} 分不高于“{otherLabel}”{otherValue} 分', suggestion: '等级越高，门槛分应越高' },
  ANNEX_TITLE_MISMATCH: { title: '附件标题与说明不一致', message: '附件说明写的是“{listed}”，附件{number}的标题却是“{actual}”', suggestion: '请统一附件说明与附件标题' },
};

function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    return value === undefined ? '' : String(value);
  });
}

/** The short Chinese title of a code: `findingTitle('PHONE_SHARED')` is `同一号码登记给不同的人`. */
export function findingTitle(code: FindingCode): string {
  return MESSAGES_ZH_CN[code].title;
}

/** The Chinese message and suggestion for a code with its facts. */
export function describeFinding(
  code: FindingCode,
  params: Readonly<Record<string, string | number>>,
): { message: string; suggestion?: string } {
  const template = MESSAGES_ZH_CN[code];
  const message = fill(template.message, params);
  const suggestion = template.suggestion === undefined ? undefined : fill(template.suggestion, params);
  return suggestion === undefined ? { message } : { message, suggestion };
}

/** What each check that may be skipped looks at, for "未检查…" lines. */
const CHECK_NAMES_ZH_CN: Readonly<Partial<Record<FindingCode, string>>> = {
  DATE_OUTSIDE_PERIOD: '时限是否超出活动期间',
  DATE_BEFORE_ISSUE: '时限是否早于发文日期',
  DATE_OVERDUE: '时限是否已逾期',
  DATE_DUE_SOON: '时限是否即将到期',
  DATE_ON_HOLIDAY: '时限是否落在节假日',
  PHASE_GAP: '阶段之间是否有空档',
  PHASE_OVERLAP: '阶段之间是否重叠',
};

/** Why a check was skipped (`SkipReason`), in the same template style as the findings. */
const SKIP_REASONS_ZH_CN: Readonly<Record<SkipReason, string>> = {
  noYear: '{count} 个时限没有写年份，活动年份又未填写、也未能从工作簿推断，无法把它们放到日历上',
  noPeriod: '活动期间未填写，也未能从工作簿推断',
  noIssued: '发文日期未填写，也未能从工作簿推断',
  noToday: '没有指定“今天”（命令行用 --today 指定）',
  todayOutsidePeriod: '今天（{today}）不在活动期间 {period} 内，按已归档的文件处理',
};

/** `未检查时限是否超出活动期间：活动期间未填写，也未能从工作簿推断`. */
export function describeSkippedCheck(check: FindingCode, reason: SkipReason, params: Readonly<Record<string, string | number>>): string {
  return describeSkipped([check], fill(SKIP_REASONS_ZH_CN[reason], params));
}

function describeSkipped(checks: readonly FindingCode[], reason: string): string {
  // People read what was not checked; the codes stay in the data (`skipped[].check`).
  return `未检查${checks.map((c) => CHECK_NAMES_ZH_CN[c] ?? c).join('、')}：${reason}`;
}

/**
 * The skipped checks as lines for people, the checks skipped for one reason on one line:
 * `未检查时限是否已逾期、时限是否即将到期：没有指定“今天”…`.
 */
export function describeSkippedChecks(skipped: readonly { readonly check: FindingCode; readonly reason: SkipReason; readonly params?: Readonly<Record<string, string | number>> }[]): { checks: FindingCode[]; reason: SkipReason; text: string }[] {
  const lines = new Map<string, { checks: FindingCode[]; reason: SkipReason }>();
  for (const s of skipped) {
    const because = fill(SKIP_REASONS_ZH_CN[s.reason], s.params ?? {});
    const line = lines.get(because) ?? { checks: [], reason: s.reason };
    line.checks.push(s.check);
    lines.set(because, line);
  }
  return [...lines.entries()].map(([because, { checks, reason }]) => ({ checks, reason, text: describeSkipped(checks, because) }));
}
