import type { RubricItem, RubricPart } from '../rubric';
import { itemParts, scoringText } from './itemParts';
import { bonusCapInText, bonusIncrements, isBonusText } from './parseBonus';
import { addPoints, pointsInText } from './parsePoints';
import type { ItemRow } from './rubricRows';

/** The sum of the parts' maxima, when every part has one (a count part has no maximum of its own). */
export function partsTotal(parts: readonly RubricPart[]): number | undefined {
  const maxima = parts.map((p) => (p.kind === 'count' ? undefined : p.max));
  return maxima.every((m): m is number => m !== undefined) ? addPoints(maxima) : undefined;
}

/** True when the item or any category above it is a bonus (加分项). */
function inBonus(row: ItemRow): boolean {
  for (let c = row.category; c; c = c.parent) if (c.bonus) return true;
  return row.labelBonus === true;
}

/**
 * One item's scoring, read from its row. The 分值 column wins over the text
 * (`（n分）` sub-points are often a breakdown or an old version), and so do the
 * points of the item's own label (`II-1 党建工作（7分）` over its standards'
 * `（1.5分）…（3分）…`); a bonus item's maximum is its cap (`加满为止（3分）`, `最多可加3分`).
 */
export function interpretItem(row: ItemRow, id: string): RubricItem {
  const base = {
    id,
    name: row.name,
    text: row.text,
    row: row.row,
    ...(row.category ? { category: row.category.name } : {}),
    ...(row.method ? { method: row.method } : {}),
    ...(row.note ? { note: row.note } : {}),
  };
  const body = scoringText(row.text);
  if (inBonus(row) || isBonusText(body)) {
    const stated = pointsInText(body);
    const textCap = bonusCapInText(body);
    const cap = row.columnMax ?? row.labelMax ?? textCap ?? (stated.length > 0 ? addPoints(stated) : undefined);
    const maxSource = row.columnMax !== undefined ? 'column' : row.labelMax === undefined && textCap !== undefined ? 'bonus' : cap !== undefined ? 'text' : undefined;
    const increments = bonusIncrements(body);
    const parts: RubricPart[] = increments.length > 0
      ? increments.map((inc) => ({ kind: 'count', label: inc.label, points: inc.points }))
      : [{ kind: 'points', max: cap }];
    return { ...base, bonus: true, max: cap, ...(maxSource ? { maxSource } : {}), parts };
  }
  const parts = itemParts(row.text);
  const fromParts = partsTotal(parts);
  const max = row.columnMax ?? row.labelMax ?? fromParts;
  const maxSource = row.columnMax !== undefined ? 'column' : row.labelMax !== undefined ? 'text' : fromParts === undefined ? undefined : parts.some((p) => p.kind === 'options') ? 'parts' : 'text';
  // A plain item is entered as one number up to the item's maximum, whichever source gave it.
  const entered: RubricPart[] = parts.length === 1 && parts[0].kind === 'points' ? [{ kind: 'points', max }] : parts;
  return { ...base, bonus: false, max, ...(maxSource ? { maxSource } : {}), parts: entered };
}
