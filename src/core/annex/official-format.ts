/**
 * The page and type rules of GB/T 9704-2012 (党政机关公文格式) that an annex
 * table follows, as data (DOMAIN §5). Lengths in millimetres, sizes in points.
 *
 * Chinese type sizes: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt.
 */
export const OFFICIAL_PAGE = {
  paperSize: 'A4',
  /**
   * §5.2.1: top margin 37 mm, binding-side (left) margin 28 mm, so the text
   * block is 156 × 225 mm. A wide table turns the page (横排表格) with its head
   * toward the binding edge, as bound notices print it: the same text block,
   * rotated (225 × 156 mm), so the margins turn with it. The footer margin puts
   * the page number's dash line 7 mm below the text block (§7.5).
   */
  margins: {
    portrait: { top: 37, bottom: 35, left: 28, right: 26, header: 10, footer: 23 },
    landscape: { top: 28, bottom: 26, left: 35, right: 37, header: 10, footer: 14 },
  },
  textWidthMm: { portrait: 156, landscape: 225 },
  textHeightMm: { portrait: 225, landscape: 156 },
  /**
   * §7.5 page number: 4号 (14 pt) 半角宋体 Arabic digits with a dash each side, `— 1 —`.
   * `&C` centres it, `&"宋体"` and `&14` set font and size (Excel header/footer codes).
   */
  footer: '&C&"宋体"&14— &P —',
  /** §5.2.2: 22 lines of 三号 text fill 225 mm, so one line is ≈ 29 pt; rows 1–2 take one line each. */
  linePitchPt: 29,
} as const;

export const TYPE_SIZES = {
  /** 附件N: 三号 黑体 (§8). */
  label: 16,
  /** The title: 二号 小标宋 (§7.3.3). */
  title: 22,
  /** Table cells: 小四 when the table fits, else 五号. */
  body: [12, 10.5],
} as const;

/** The fonts one annex uses. */
export interface FontSet {
  readonly label: string;
  readonly title: string;
  readonly titleBold: boolean;
  readonly body: string;
}

/**
 * Two font sets. `installed` (the default) names fonts that ship with Windows,
 * WPS and Office for Mac: 方正小标宋简体 and 仿宋_GB2312 are licensed fonts that
 * many machines lack, and Excel silently shows a missing font as a plain
 * regular face, so the title would lose its weight; 宋体 bold keeps it
 * (DOMAIN §5's fallback). `official` names the standard's own fonts, for
 * offices that have them installed.
 */
export const FONT_SETS = {
  installed: { label: '黑体', title: '宋体', titleBold: true, body: '仿宋' },
  official: { label: '黑体', title: '方正小标宋简体', titleBold: false, body: '仿宋_GB2312' },
} as const satisfies Record<string, FontSet>;

export type FontSetName = keyof typeof FONT_SETS;

/**
 * Number format written to A1 of every annex the builder makes. It shows text
 * unchanged (`@` with the Chinese locale tag) and marks the sheet as ours, so a
 * re-run replaces it instead of taking a new name.
 */
export const ANNEX_STAMP_FORMAT = '[$-804]@';
