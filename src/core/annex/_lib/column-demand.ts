import type { AnnexTable } from '../annex-table';
import { halfWidths, longestLine, longestUnbreakable } from '../../grid/measure-text';

/** What one column asks of the page, in half-widths of its font. */
export interface ColumnDemand {
  /** Its longest line: the width at which nothing wraps. */
  readonly natural: number;
  /** Never narrower: the layout's minimum, or a phone number that must not break. */
  readonly min: number;
  /** Wrap beyond this. */
  readonly max: number;
  readonly grow: boolean;
  /** How much text a typical row puts here (the 75th percentile), to share width among wrapping columns. */
  readonly volume: number;
}

/**
 * Width a header needs: up to 4 characters on one line (`序号`, `责任科室`),
 * a longer one on two (`计划开展/时间`), a very long one on three
 * (`街道（乡镇）/社区（村）`).
 */
function headerNeed(header: string): number {
  const chars = Math.ceil(halfWidths(header) / 2);
  if (chars <= 4) return chars * 2;
  return Math.max(8, Math.ceil(chars / (chars <= 8 ? 2 : 3)) * 2);
}

function percentile75(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.75))];
}

/** Each column's demand, from its header and data cells. */
export function columnDemands(table: AnnexTable): ColumnDemand[] {
  return table.columns.map((column, i) => {
    const leaf = column.header[column.header.length - 1] ?? '';
    const texts = table.rows.filter((r) => r.type === 'data').map((r) => r.cells[i]).filter((v) => v !== null).map(String);
    const natural = Math.max(headerNeed(leaf), ...texts.map(longestLine));
    const min = Math.max(column.spec.minChars * 2, headerNeed(leaf), ...texts.map(longestUnbreakable));
    // One character over the cap would wrap a lone character onto a line of its own: take it.
    const cap = column.spec.maxChars * 2;
    return {
      natural,
      min,
      max: Math.max(min, natural <= cap + 2 ? natural : cap),
      grow: column.spec.grow,
      volume: percentile75(texts.map((t) => halfWidths(t.replace(/\n/g, '')))),
    };
  });
}
