/** One row of the 等级阈值 editor, as typed. */
export interface LevelRow {
  readonly label: string;
  readonly min: string;
}

const NUMBER = /^\d+(\.\d+)?$/;

/**
 * True when the typed levels can go into the sheet: every row named and numbered,
 * names and minimums all different (the level formula looks names up by MATCH
 * and minimums by position), minimums within 0…full score. No rows is valid:
 * the sheet then has no level column.
 *
 * @example levelsAreValid([{ label: '三星级', min: '80' }, { label: '四星级', min: '90' }], 100) // true
 */
export function levelsAreValid(levels: readonly LevelRow[], fullScore: number): boolean {
  const mins = levels.map((l) => Number(l.min.trim()));
  const labels = levels.map((l) => l.label.trim());
  return levels.every((l) => l.label.trim() !== '' && NUMBER.test(l.min.trim()))
    && new Set(mins).size === mins.length && new Set(labels).size === labels.length
    && mins.every((m) => m >= 0 && m <= fullScore);
}

/** The goal's default level: the lowest one typed (`三星级` of seed 000's 三星级 80／四星级 90／五星级 95). */
export function lowestLevel(levels: readonly LevelRow[]): string | undefined {
  return [...levels].filter((l) => NUMBER.test(l.min.trim())).sort((a, b) => Number(a.min) - Number(b.min))[0]?.label.trim();
}

/** The typed target share in percent (`50`, `62.5`) as a fraction, or undefined when it is not 1…100. */
export function shareOf(typed: string): number | undefined {
  const share = Number(typed.trim());
  return NUMBER.test(typed.trim()) && share >= 1 && share <= 100 ? share / 100 : undefined;
}
