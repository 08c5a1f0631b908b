import { NUMBERED_HEADING } from '../recognize/title-text';

/**
 * The words rubric tables use for points, bonuses, options and levels, as data
 * (STYLE: rules are typed data tables). A new city's wording is a new entry here.
 * Patterns run on text whose full-width digits and letters were made ASCII;
 * both `（5分）` and `(5分)` are accepted.
 */

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;

/** Words written inside a bracket before the points: `（得1分）`, `（计2分）`. */
const BRACKET_VERBS = ['得', '计'];
/** Words that make the number after them a declared total: `（总分24分）`, `满分46分`, `共100分`. */
const TOTAL_WORDS = ['总分', '满分', '合计', '共计', '总计', '共', '计'];
/** Words that make the number after them a deduction or an increment, never a maximum: `扣3分`, `每项加1分`, `为0分`. */
const NOT_A_MAXIMUM = ['扣', '减', '加', '得', '为', '按', '至', '到'];
const CLAUSE_END = '；;。，,：:';
const CHINESE_NUMERAL = '一二三四五六七八九十';
const ROMAN_NUMERAL = 'ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ';

export const POINTS_VOCABULARY = {
  /** `（5分）`, `(0.5分)`, `（得1分）`: a sub-point inside a criterion. */
  pointsInText: new RegExp(String.raw`[（(]\s*(?:${BRACKET_VERBS.join('|')})?\s*${NUMBER}\s*分\s*[）)]`, 'g'),
  /**
   * Points that close a clause without brackets: `…战斗堡垒作用；3分`, `…威信高。3分`,
   * `…；2分 2、…`. The number must follow a clause end (or open the text), so `扣3分`,
   * `每项加1分` and `为0分` are never read as a maximum.
   */
  closingPoints: new RegExp(String.raw`(?<=^|[${CLAUSE_END}])\s*${NUMBER}\s*分(?=\s*[。；;]?\s*(?:$|\d+\s*[、.)）]))`, 'g'),
  /**
   * `满分46分`, `共100分。`: a declared total (category row, title, note, the 说明 above a table);
   * not a threshold (`总分80分以上为三星级`).
   */
  fullScore: new RegExp(String.raw`(?:满分|总分|合计|共计|总计|共)\s*(?:为\s*)?${NUMBER}\s*分(?!\s*(?:[（(]含[）)])?\s*(?:以上|以下|以内|及以上|或以上|为))`),
  /**
   * The total a category label states, in order of trust: `一、联点共建…满分46分`;
   * `公共环境（23分）`, `（总分24分）`; glued or spaced at the end, `一、机制健全15分`,
   * `I-1社区组织8分`, `一 领导班子坚强有力 12分`, or with a lost opening bracket `…有效 90分）`.
   */
  statedTotal: [
    new RegExp(String.raw`满分\s*${NUMBER}\s*分`),
    new RegExp(String.raw`[（(]\s*(?:${TOTAL_WORDS.join('|')})?\s*${NUMBER}\s*分\s*[）)]`),
    new RegExp(String.raw`(?<![${NOT_A_MAXIMUM.join('')}\d.])${NUMBER}\s*分\s*[）)]?\s*$`),
  ],
  /** A 分值 cell: `5`, `5分`, `0.5 分`. */
  pointsCell: new RegExp(String.raw`^${NUMBER}\s*分?$`),
} as const;

export const BONUS_VOCABULARY = {
  /** Words that make an item or a category a bonus (加分项). */
  markers: ['加分', '加满为止', '最多可加', '最多加', '另加', '封顶'],
  /** Caps written as a sentence: `最多可加3分`, `加分不超过3分`, `累计不超过3分`. */
  caps: [
    new RegExp(String.raw`最多(?:可)?加\s*${NUMBER}\s*分`),
    new RegExp(String.raw`加分(?:不超过|最高|上限为?)\s*${NUMBER}\s*分`),
    new RegExp(String.raw`累计(?:加分)?不超过\s*${NUMBER}\s*分`),
  ],
  /** `获得市级以上荣誉每项加0.5分`: the label before 每项, the points after. */
  increment: new RegExp(String.raw`([^，,；;。]*?)每(?:项|次|个|篇|人|件)(?:加|得)\s*${NUMBER}\s*分`, 'g'),
  /** Verbs stripped from the front of an increment's label (`小区获得市级以上荣誉` → `市级以上荣誉`). */
  labelPrefixes: ['获得', '荣获', '被评为', '被授予'],
} as const;

export const OPTION_VOCABULARY = {
  /** Quote pairs around an option's label: `“按规定组织”得5分`. */
  quotes: [['“', '”'], ['"', '"'], ['「', '」'], ['‘', '’']] as const,
  /** Ways of saying zero points. */
  zero: ['不得分', '不计分', '得0分'],
  /** Grade letters and the words after them: `A级得10分`, `B档（8分）`. */
  gradeLetters: ['A', 'B', 'C', 'D', 'E'],
  gradeSuffixes: ['级', '档', '等'],
} as const;

export const ROW_VOCABULARY = {
  /** A category row: `一、联点共建情况`, `（二）志愿服务`. */
  categoryRow: NUMBERED_HEADING,
  /** A 序号 cell that numbers a category, not an item: `一`, `二、`, `（三）`, `Ⅱ`. */
  categoryNumber: new RegExp(String.raw`^(?:[${CHINESE_NUMERAL}]+[、.．]?|[（(][${CHINESE_NUMERAL}]+[）)]|[${ROMAN_NUMERAL}]+)$`),
  /** An item number in front of its text: `1.路面硬化`, `16、小区获得`, `1）场所健全`, `1\n公共场所环境`. */
  itemNumber: /^(\d+)\s*(?:[.、．)）](?!\d)|(?<=^\d{1,2})\s+(?=[^\d\s.、．)）分]))\s*/,
  /** A total row at the foot of the table. */
  totalRow: /^(?:合\s*计|总\s*计|总\s*分|满\s*分|累\s*计)/,
  /** Where a criterion's notes begin; option and point parsing stops there. */
  note: /注\s*[:：]/,
  /** Sub-point markers splitting one criterion into parts. */
  circled: '①②③④⑤⑥⑦⑧⑨⑩',
} as const;

/** Level words in ascending order, one family per scale; stars are handled by number (`三星级`). */
export const LEVEL_FAMILIES: readonly (readonly string[])[] = [
  ['不合格', '基本合格', '合格', '良好', '优秀'],
  ['不达标', '达标'],
  ['三等', '二等', '一等'],
];

export const LEVEL_VOCABULARY = {
  /** `三星级`, `五星`, `3星级`. */
  star: /([一二三四五六七八九十\d]+)\s*星级?/,
  /** After the number: the number itself is included (民法典 第1259条: 以上、以下、以内 include it). */
  atLeastAfter: ['(含)以上', '（含）以上', '及以上', '或以上', '以上'],
  /** Before the number: `不低于80分`, `达到80分`. */
  atLeastBefore: ['不低于', '不少于', '达到', '≥', '>='],
  /** A range `80-89分`, `80至89分`: its lower end is the threshold. */
  rangeSeparators: ['-', '—', '–', '~', '～', '至', '到'],
  /** The name for scores under every threshold: after the number (`60分以下`) or before it (`低于60分`). */
  belowAfter: ['以下', '以内'],
  belowBefore: ['低于', '不足', '不到', '<'],
  /** Words joining a number and a name (`90分以上为优秀`), dropped when a name is read from free text. */
  connectors: ['评为', '定为', '认定为', '为', '是', '的', '属于', '总分', '得分', '注'],
  /** When the table names no "below" level. */
  defaultBelow: '未达标',
  /** The "below" name that goes with a family's lowest word. */
  belowFor: { 合格: '不合格', 基本合格: '不合格', 达标: '不达标' } as Readonly<Record<string, string>>,
} as const;

/** Chinese numerals for star counts and category numbers. */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
};
