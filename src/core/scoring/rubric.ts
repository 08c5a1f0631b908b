/**
 * The scoring model read out of a rubric table (评分标准, 测评表): items with
 * their maxima, categories, bonus rules, option scoring and level thresholds.
 * Plain data, so a score sheet, a check and the task pane can all use it.
 */

/** A label the inspector picks and the points it is worth (`“按规定组织”得5分`). */
export interface ScoringOption {
  readonly label: string;
  readonly points: number;
}

/**
 * How one part of an item's score is entered in a score sheet:
 * - `points`: a number from 0 to `max`;
 * - `options`: a label from a list, turned into points by a lookup;
 * - `count`: how many times something happened (honours won), each worth `points`.
 */
export type RubricPart =
  | { readonly kind: 'points'; readonly label?: string; readonly max: number | undefined }
  | { readonly kind: 'options'; readonly label?: string; readonly options: readonly ScoringOption[]; readonly max: number }
  | { readonly kind: 'count'; readonly label: string; readonly points: number };

export interface RubricItem {
  /** Unique within the rubric: the number the table writes (`16`), else the position. */
  readonly id: string;
  /** The name to show in a header: `路面硬化、环境美化、绿化` or `党员干部入户宣传`. */
  readonly name: string;
  /** The criterion text as written (after normalising spaces). */
  readonly text: string;
  readonly category?: string;
  readonly method?: string;
  readonly note?: string;
  /** The item's maximum; for a bonus item, its cap. Undefined when the table gives none. */
  readonly max: number | undefined;
  /** Where the maximum came from: the 分值 column, `（5分）` in the text, the options, or `最多可加3分`. */
  readonly maxSource?: 'column' | 'text' | 'parts' | 'bonus';
  /** A bonus item (加分项): its points are added on top and capped at `max`. */
  readonly bonus: boolean;
  readonly parts: readonly RubricPart[];
  /** 0-based sheet row of the item. */
  readonly row: number;
}

export interface RubricCategory {
  /** As written: `一、联点共建情况`, `环境建设好`. */
  readonly name: string;
  /** The total the table declares for it (`满分46分`, the 分值 cell of a category row). */
  readonly declaredTotal?: number;
  /** The sum of its items' maxima. */
  readonly total: number;
  readonly bonus: boolean;
  readonly itemIds: readonly string[];
  /** 0-based sheet row where the category is named. */
  readonly row: number;
  /** The category one level up, for a second level (`II-1 创建规划` under `I-1 组织管理`); its items are counted in both. */
  readonly parent?: string;
}

/** One level: the lowest score (inclusive, `80分以上` → 80) and its name. */
export interface LevelThreshold {
  readonly label: string;
  readonly min: number;
}

export interface Rubric {
  readonly sheet: string;
  readonly title?: string;
  readonly categories: readonly RubricCategory[];
  readonly items: readonly RubricItem[];
  /** Levels in ascending order of `min`. */
  readonly levels: readonly LevelThreshold[];
  /** The name for a score under the lowest level (`未达标`, or `不合格` when the table says so). */
  readonly belowLabel: string;
  /** Sum of the maxima of non-bonus items (seed 000: 97). */
  readonly baseTotal: number;
  /** Sum of the caps of bonus items (seed 000: 3). */
  readonly bonusTotal: number;
  /** The full score the table declares (`满分100分`), when it does. */
  readonly declaredFullScore?: number;
  /** The declared full score, else base + bonus. */
  readonly fullScore: number;
}
