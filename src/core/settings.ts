/** A campaign period, both ends inclusive, as ISO dates: `2020-05-01` … `2020-12-31`. */
export interface CampaignPeriod {
  readonly start: string;
  readonly end: string;
}

/**
 * The user's settings for checks (CLI flags, pane 设置 tab, kept in the workbook).
 * Dates are ISO `yyyy-mm-dd` strings so settings serialise as they are.
 * What the user leaves out may be inferred from the workbook (`inferSettings`, `resolveSettings`).
 */
export interface Settings {
  /** The campaign year, for phrases without one (`6月30日前`). */
  readonly year?: number;
  /** The campaign period (`2020-05-01` … `2020-12-31`). */
  readonly period?: CampaignPeriod;
  /** The notice's own date. */
  readonly issued?: string;
  /** Reference "today" for overdue / due-soon status. */
  readonly today?: string;
  /** The workbook's telephone area code, `0392`. */
  readonly areaCode?: string;
  /** Days before a deadline that count as "due soon". */
  readonly dueSoonDays?: number;
}

export const DEFAULT_SETTINGS: Settings = { dueSoonDays: 7 };

/** What an inferred setting was read from. */
export type InferenceBasis =
  | 'document-number' // 鹤创文办〔2020〕5号
  | 'signing-date' // 2020年5月27日 at the foot of the notice
  | 'period-text' // 二、时间安排 / 2020年5月至12月
  | 'phases' // the first and last phase of 实施步骤
  | 'title' // 晋城市城市管理局 2024 年度联点共建活动安排表
  | 'deadlines' // the years written in deadlines (完成时限：2020年6月30日前)
  | 'landlines'; // the area code most listed landlines carry

/** One reading of a setting from the workbook: its value and the cell it was read from. */
export interface SettingEvidence<T> {
  readonly value: T;
  readonly from: InferenceBasis;
  readonly sheet: string;
  readonly cell: string;
  /** The text that was read: `鹤创文办〔2020〕5号`, `2020年5月至12月`. */
  readonly text: string;
}

/** An inferred setting; `conflicts` lists what other sources said, one piece of evidence per other value. */
export interface InferredSetting<T> extends SettingEvidence<T> {
  readonly conflicts?: readonly SettingEvidence<T>[];
}

/** What the workbook says of the settings a user may leave out (`inferSettings`). */
export interface InferredSettings {
  readonly year?: InferredSetting<number>;
  readonly period?: InferredSetting<CampaignPeriod>;
  readonly issued?: InferredSetting<string>;
  readonly areaCode?: InferredSetting<string>;
}

/** The settings `inferSettings` reads from a workbook, in the order they are shown. */
export const INFERABLE_SETTINGS = ['year', 'period', 'issued', 'areaCode'] as const;
export type InferableSetting = (typeof INFERABLE_SETTINGS)[number];
