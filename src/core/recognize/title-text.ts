/**
 * Reading the lines above a table: the annex label (`附件1`, `附件 1:`,
 * `附件二`), the title, and the count a title declares (`（淇滨区46个）`).
 */

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** `四十六` → 46, `十` → 10, `一百零五` → 105; undefined when not a small Chinese numeral. */
export function parseChineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(text)) return undefined;
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === '百') { total += (digit || 1) * 100; digit = 0; }
    else if (ch === '十') { total += (digit || 1) * 10; digit = 0; }
    else digit = CHINESE_DIGITS[ch];
  }
  return total + digit;
}

const ANNEX_LABEL = /^附\s*件\s*([0-9０-９]+|[一二三四五六七八九十]+)\s*[:：]?\s*(.*)$/s;

/** `附件 1:` → { number: 1, rest: '' }; `附件2：星级标准` → { number: 2, rest: '星级标准' }. */
export function parseAnnexLabel(text: string): { number: number; rest: string } | undefined {
  const m = ANNEX_LABEL.exec(text.trim());
  if (!m) return undefined;
  const digits = m[1].replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const number = parseChineseNumber(digits);
  if (number === undefined || number === 0) return undefined;
  return { number, rest: m[2].trim() };
}

const COUNT_UNITS = '个|家|名|处|项|人|条|所|户|支|件|座|村|镇|街道';
const COUNT_IN_BRACKETS = new RegExp(`[（(][^（）()]*?([0-9]+|[一二三四五六七八九十百]+)\\s*(?:${COUNT_UNITS})[^（）()]*[）)]`);
const COUNT_TOTAL = new RegExp(`共\\s*([0-9]+|[一二三四五六七八九十百]+)\\s*(?:${COUNT_UNITS})`);
/** `46个文明单位…`, `10件民生实事…`: a count in the running title, not an ordinal (`第3个`) nor a year or month. */
const COUNT_BARE = new RegExp(`(?<![第\\d.])([0-9]{1,4})\\s*(?:${COUNT_UNITS})(?![\\d月日])`);

/**
 * The row count a title declares: `文明单位结对社区共建活动计划表（淇滨区46个）` → 46,
 * `（共6个）` → 6, `共四十六个社区` → 46, `全市12家文明单位…` → 12, `10件民生实事` → 10.
 * Years (`2025年度`) and ordinals (`第3个`) are not counts.
 */
export function declaredCount(title: string): number | undefined {
  const m = COUNT_IN_BRACKETS.exec(title) ?? COUNT_TOTAL.exec(title) ?? COUNT_BARE.exec(title);
  return m ? parseChineseNumber(m[1]) : undefined;
}

/** A line numbered the way notices number their parts: `一、机制健全`, `（二）志愿服务`. */
export const NUMBERED_HEADING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])/;

/** Words that make a line read like a table's title. */
export const TITLE_WORDS = /表|标准|清单|名单|细则|方案|计划|安排|一览|目录|汇总|分解|分工/;

/** Lines that belong to the previous table or are notes, never titles. */
export const NOTE_START = /^\s*(注|说明|备注|附注|填表说明|填报说明)\s*[:：]/;
