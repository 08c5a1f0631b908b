import type { ScoringOption } from './rubric';

/** One input column of a score sheet, as `wenming score init --json` prints it. */
export interface ScoreInputLayout {
  /** Column letter, `C`. */
  readonly column: string;
  /** The rubric item's id, `16`. */
  readonly item: string;
  /** The part of the item (`①`), when the item is entered in parts. */
  readonly part?: string;
  readonly kind: 'points' | 'options' | 'count' | 'bonus';
  /** Highest points: the item's or part's maximum; for `bonus`, the cap. */
  readonly max?: number;
  readonly options?: readonly ScoringOption[];
  /** For `count`: points per counted honour (the settings cell may be changed). */
  readonly points?: number;
  /** For `options`: where the looked-up points are; for `count` and `bonus`: the capped bonus. */
  readonly pointsColumn?: string;
}

/** Where everything is on a generated score sheet. Rows are 1-based, columns are letters. */
export interface ScoreSheetLayout {
  readonly sheet: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly entityColumn: string;
  readonly inputs: readonly ScoreInputLayout[];
  readonly total: string;
  /** Absent when the rubric states no levels and none were given. */
  readonly level?: string;
  readonly rank: string;
  /** Settings cells and ranges, absolute A1 (`$Y$5:$Y$7`). */
  readonly settings: {
    readonly levels?: { readonly labels: string; readonly thresholds: string; readonly below: string; readonly check?: string };
    readonly target?: { readonly level: string; readonly share: string };
  };
  /** Summary cells under the rows. */
  readonly summary: {
    readonly levelCounts: readonly { readonly label: string; readonly cell: string }[];
    readonly scored: string;
    readonly average: string;
    readonly reached?: string;
    readonly share?: string;
    readonly goalMet?: string;
  };
}
