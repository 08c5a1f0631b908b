import { cellAddress } from '../../grid/a1';
import { makeFinding, type Finding } from '../../findings/finding';
import type { RubricCategory, RubricItem } from '../rubric';
import type { WrittenLevel } from './parseLevels';
import { partsTotal } from './interpretItem';

/** A cell named by 0-based row and column. */
export interface At {
  readonly row: number;
  readonly col: number;
}

const where = (at: At) => cellAddress(at.row, at.col);

/** RUBRIC_POINTS_MISSING for items without a maximum; RUBRIC_SUM_MISMATCH where options and sub-points disagree with the 分值 column. */
export function itemFindings(sheet: string, items: readonly RubricItem[], cellOf: (item: RubricItem) => At): Finding[] {
  const findings: Finding[] = [];
  for (const item of items) {
    if (item.max === undefined) {
      findings.push(makeFinding('RUBRIC_POINTS_MISSING', sheet, where(cellOf(item)), { item: `${item.id}.${item.name}` }));
      continue;
    }
    const parts = item.parts.some((p) => p.kind === 'options') ? partsTotal(item.parts) : undefined;
    if (parts !== undefined && parts !== item.max) {
      findings.push(makeFinding('RUBRIC_SUM_MISMATCH', sheet, where(cellOf(item)), { scope: `第${item.id}项各分项`, actual: parts, declared: item.max }));
    }
  }
  return findings;
}

/** RUBRIC_SUM_MISMATCH for each category whose items do not add up to its declared total. */
export function categoryFindings(sheet: string, categories: readonly RubricCategory[], items: readonly RubricItem[], cellOf: (category: RubricCategory) => At): Finding[] {
  return categories.flatMap((category) => {
    const members = items.filter((i) => category.itemIds.includes(i.id));
    if (category.declaredTotal === undefined || members.length === 0 || members.some((i) => i.max === undefined)) return [];
    if (category.total === category.declaredTotal) return [];
    return [makeFinding('RUBRIC_SUM_MISMATCH', sheet, where(cellOf(category)), { scope: `“${category.name}”`, actual: category.total, declared: category.declaredTotal })];
  });
}

/**
 * RUBRIC_SUM_MISMATCH for the whole table: the declared full score must equal
 * the items' total, with or without the bonus caps (seed 000 writes 97 + 3 = 100;
 * other tables declare 满分100分 and put a bonus on top).
 */
export function fullScoreFindings(sheet: string, declared: number | undefined, base: number, bonus: number, at: At): Finding[] {
  if (declared === undefined || declared === base || declared === Math.round((base + bonus) * 1e6) / 1e6) return [];
  return [makeFinding('RUBRIC_SUM_MISMATCH', sheet, where(at), { scope: '全表', actual: Math.round((base + bonus) * 1e6) / 1e6, declared })];
}

/**
 * THRESHOLD_ORDER: a higher level must need a higher score. Levels of one scale
 * are compared by rank (三星级 < 四星级, 合格 < 良好); names outside the
 * vocabulary must at least be written in a consistent order.
 */
export function thresholdFindings(sheet: string, levels: readonly WrittenLevel[], at: At): Finding[] {
  const ranked = levels.every((l) => l.rank !== undefined);
  let ordered = ranked ? [...levels].sort((a, b) => a.rank! - b.rank!) : levels;
  // Unranked names: written from the top (优秀 90、先进 80) or from the bottom, but in one direction.
  if (!ranked && levels.length > 1 && levels[0].min > levels[levels.length - 1].min) ordered = [...levels].reverse();
  for (let i = 1; i < ordered.length; i += 1) {
    const [lower, higher] = [ordered[i - 1], ordered[i]];
    if (higher.min <= lower.min) {
      return [makeFinding('THRESHOLD_ORDER', sheet, where(at), { label: higher.label, value: higher.min, otherLabel: lower.label, otherValue: lower.min })];
    }
  }
  return [];
}
