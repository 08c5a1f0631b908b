import type { RubricItem, RubricPart, ScoringOption } from '../rubric';
import { scoreHeader } from '../scoreHeaders';

/** One column of a score sheet's item area, 0-based. */
export type ScoreColumn =
  | { readonly role: 'input'; readonly kind: 'points' | 'bonus'; readonly col: number; readonly header: string; readonly item: RubricItem; readonly part?: string; readonly max: number | undefined }
  | { readonly role: 'input'; readonly kind: 'options'; readonly col: number; readonly header: string; readonly item: RubricItem; readonly part?: string; readonly max: number; readonly options: readonly ScoringOption[] }
  | { readonly role: 'input'; readonly kind: 'count'; readonly col: number; readonly header: string; readonly item: RubricItem; readonly part: string; readonly points: number }
  /** The points an option input is worth, looked up in the option table. */
  | { readonly role: 'optionPoints'; readonly col: number; readonly header: string; readonly item: RubricItem; readonly input: number }
  /** A bonus item's points, capped with MIN against the cap cell. */
  | { readonly role: 'bonusPoints'; readonly col: number; readonly header: string; readonly item: RubricItem; readonly inputs: readonly number[] };

const partName = (item: RubricItem, part: RubricPart) => `${item.id}${part.label ?? ''}`;

/**
 * Lays out the item columns from `firstCol` on: one input per item (or per part,
 * seed 001 item 8), a looked-up points column after each option input, and for a
 * bonus item its inputs (counts per kind of honour, or raw points) followed by the
 * capped bonus. The total adds exactly the point-valued columns.
 */
export function scoreColumns(items: readonly RubricItem[], firstCol: number): ScoreColumn[] {
  const columns: ScoreColumn[] = [];
  let col = firstCol;
  for (const item of items) {
    if (item.bonus) {
      const inputs: number[] = [];
      for (const part of item.parts) {
        if (part.kind === 'count') columns.push({ role: 'input', kind: 'count', col, header: scoreHeader('count', `${item.id}.${part.label}`), item, part: part.label, points: part.points });
        else columns.push({ role: 'input', kind: 'bonus', col, header: scoreHeader('bonus', `${item.id}.${item.name}`), item, max: item.max });
        inputs.push(col++);
      }
      columns.push({ role: 'bonusPoints', col: col++, header: `${item.id}.加分小计`, item, inputs });
      continue;
    }
    const single = item.parts.length === 1 && item.parts[0].kind === 'points';
    if (single) {
      columns.push({ role: 'input', kind: 'points', col: col++, header: scoreHeader('points', `${item.id}.${item.name}`, item.max), item, max: item.max });
      continue;
    }
    for (const part of item.parts) {
      const name = partName(item, part);
      if (part.kind === 'options') {
        const input = col++;
        columns.push({ role: 'input', kind: 'options', col: input, header: scoreHeader('options', `${name} ${item.name}`), item, ...(part.label ? { part: part.label } : {}), max: part.max, options: part.options });
        columns.push({ role: 'optionPoints', col: col++, header: scoreHeader('points', `${name} 得分`, part.max), item, input });
      } else if (part.kind === 'points') {
        columns.push({ role: 'input', kind: 'points', col: col++, header: scoreHeader('points', `${name} ${item.name}`, part.max), item, ...(part.label ? { part: part.label } : {}), max: part.max });
      }
    }
  }
  return columns;
}

/** Columns whose numbers add up to the total. */
export function pointColumns(columns: readonly ScoreColumn[]): number[] {
  return columns.filter((c) => (c.role === 'input' && (c.kind === 'points')) || c.role === 'optionPoints' || c.role === 'bonusPoints').map((c) => c.col);
}

/** Groups sorted column indices into runs, `[2,3,4,6]` → `[[2,4],[6,6]]`, so formulas can write `C5:E5,G5`. */
export function runs(cols: readonly number[]): [number, number][] {
  const sorted = [...cols].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const c of sorted) {
    const last = out.at(-1);
    if (last && last[1] === c - 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}
