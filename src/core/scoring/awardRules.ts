import { CHINESE_DIGITS } from './rubricVocabulary';

/**
 * A score line and whether a score equal to it counts. `以上`, `以下` include
 * the number (民法典 第1259条: 85分以上 ≥ 85, 83分以下 ≤ 83); `超过`, `低于`,
 * `不满`, `不足` do not.
 */
export interface ScoreLine {
  readonly value: number;
  readonly inclusive: boolean;
}

/** One prize tier: 一等奖 1 名 1500 元. */
export interface AwardTier {
  readonly label: string;
  readonly count: number;
  readonly amount: number;
}

/** Monthly scores → yearly prizes, quarterly penalties, monthly interviews (seed 003 篇3). */
export interface AwardRules {
  /** The scored periods, in order: `1月` … `12月`. Quarters are three consecutive periods. */
  readonly periods: readonly string[];
  readonly fullScore: number;
  /** Prizes go to the best among yearly averages at or above this line. */
  readonly awardLine: ScoreLine;
  readonly tiers: readonly AwardTier[];
  /** The last place of a quarter is fined when its quarterly average is under this line. */
  readonly penaltyLine: ScoreLine;
  readonly penaltyAmount: number;
  /** A monthly score under this line means an interview (约谈). */
  readonly interviewLine: ScoreLine;
  /** A yearly average under this line means a public criticism (通报批评). */
  readonly warningLine: ScoreLine;
}

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;

/** How notices phrase the rules, as data: one pattern per rule. */
export const AWARD_VOCABULARY = {
  awardLine: new RegExp(String.raw`${NUMBER}\s*分\s*(以上|及以上)[^。；;]*?取前`),
  tier: new RegExp(String.raw`([一二三四五六七八九十]等奖)\s*(\d+|[一二三四五六七八九十])\s*名[，,\s]*(?:各)?奖励\s*${NUMBER}\s*元`, 'g'),
  penalty: new RegExp(String.raw`季平均分?值?在?\s*${NUMBER}\s*分\s*(以下|以内)?[^。；;]*?最后一名[^。；;]*?罚款\s*${NUMBER}\s*元`),
  interview: new RegExp(String.raw`月(?:评比|考核|得分)[^。；;]*?${NUMBER}\s*分\s*(以下)?[^。]*?约谈`),
  warning: new RegExp(String.raw`年平均分?值?在?\s*${NUMBER}\s*分\s*(以下)?[^。；;]*?通报批评`),
  /** Words that leave the number out: `低于83分`, `不满83分`. */
  exclusiveBefore: /(低于|不满|不足|超过|高于)\s*$/,
} as const;

export const TWELVE_MONTHS: readonly string[] = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);

const numeral = (s: string) => (/^\d+$/.test(s) ? Number(s) : CHINESE_DIGITS[s]);

function line(text: string, m: RegExpExecArray | null, valueGroup: number, wordGroup: number): ScoreLine | undefined {
  if (!m) return undefined;
  const before = text.slice(0, m.index + m[0].indexOf(m[valueGroup]));
  const exclusive = AWARD_VOCABULARY.exclusiveBefore.test(before) && m[wordGroup] === undefined;
  return { value: Number(m[valueGroup]), inclusive: !exclusive };
}

/**
 * The award, penalty and interview rules a notice states, as far as it states them.
 *
 * @example parseAwardRules('对每年度考核分数85分以上的村(社区)取前六名…其中一等奖1名，奖励1500元；二等奖2名，各奖励1200元…')
 * // { awardLine: { value: 85, inclusive: true }, tiers: [{ label: '一等奖', count: 1, amount: 1500 }, …] }
 */
export function parseAwardRules(text: string): Partial<AwardRules> {
  const flat = text.replace(/\s+/g, '');
  const tiers = [...flat.matchAll(AWARD_VOCABULARY.tier)].map((m) => ({ label: m[1], count: numeral(m[2]) ?? 0, amount: Number(m[3]) }));
  const penalty = AWARD_VOCABULARY.penalty.exec(flat);
  const found: Partial<Record<keyof AwardRules, unknown>> = {
    awardLine: line(flat, AWARD_VOCABULARY.awardLine.exec(flat), 1, 2),
    tiers: tiers.length > 0 ? tiers : undefined,
    penaltyLine: line(flat, penalty, 1, 2),
    penaltyAmount: penalty ? Number(penalty[3]) : undefined,
    interviewLine: line(flat, AWARD_VOCABULARY.interview.exec(flat), 1, 2),
    warningLine: line(flat, AWARD_VOCABULARY.warning.exec(flat), 1, 2),
  };
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined)) as Partial<AwardRules>;
}

/** Complete rules: what the text states over a twelve-month year out of 100; throws when the text leaves out a rule the sheet needs. */
export function awardRulesFrom(text: string, base: Partial<AwardRules> = {}): AwardRules {
  const parsed = { periods: TWELVE_MONTHS, fullScore: 100, ...base, ...parseAwardRules(text) };
  const missing = (['awardLine', 'tiers', 'penaltyLine', 'penaltyAmount', 'interviewLine', 'warningLine'] as const).filter((k) => parsed[k] === undefined);
  if (missing.length > 0) throw new Error(`awardRulesFrom: the text does not state ${missing.join(', ')}`);
  return parsed as AwardRules;
}
