import { balanceWidths } from './_lib/balance-widths';
import { columnDemands, type ColumnDemand as Demand } from './_lib/column-demand';
import { CELL_PADDING_UNITS, MM_PER_UNIT, unitsPerHalf } from '../grid/measure-text';
import type { AnnexTable } from './annex-table';
import { OFFICIAL_PAGE, TYPE_SIZES } from './official-format';

export type Orientation = 'portrait' | 'landscape';

export interface ColumnFit {
  readonly orientation: Orientation;
  /** Cell font size, 12 (小四) or 10.5 (五号). */
  readonly fontSize: number;
  /** Excel column widths, in the table's column order. */
  readonly widths: readonly number[];
  /** True when even the narrowest columns overflow the landscape text block: the host scales the print to one page wide. */
  readonly fitToWidth: boolean;
  readonly textWidthMm: number;
  readonly tableWidthMm: number;
}

/** Spreads `extra` units over columns: first to capped columns up to their natural width, then to the growing ones. */
function grow(widths: number[], d: readonly Demand[], u: number, extra: number): number[] {
  const deficit = d.map((x, i) => Math.max(0, (x.natural * u + CELL_PADDING_UNITS) - widths[i]));
  const totalDeficit = deficit.reduce((a, b) => a + b, 0);
  const first = Math.min(extra, totalDeficit);
  const out = widths.map((w, i) => w + (totalDeficit > 0 ? (first * deficit[i]) / totalDeficit : 0));
  const rest = extra - first;
  const growing = d.some((x) => x.grow) ? d.map((x) => x.grow) : d.map(() => true);
  const base = out.reduce((a, w, i) => a + (growing[i] ? w : 0), 0);
  return out.map((w, i) => (growing[i] ? w + (rest * w) / base : w));
}

const floor1 = (n: number) => Math.floor(n * 10) / 10;

/** How far the wanted widths may exceed a page before the next, roomier choice is tried: long columns then wrap a little more. */
const SHRINK_TOLERANCE = 1.1;

/**
 * Column widths fitted to Chinese text (a CJK character ≈ 2 units at 五号),
 * long columns capped so they wrap, and the page chosen by the table's width
 * against the text block (GB/T 9704: 156 mm upright; wide tables turn to
 * landscape, 225 mm: the same block turned). Tried in order: upright 小四, upright 五号, landscape 小四,
 * landscape 五号; the first that holds the table (or holds it once the long
 * columns wrap a little more) wins. The table then fills the text block,
 * spare width going to the text columns.
 */
export function fitColumns(table: AnnexTable): ColumnFit {
  const d = columnDemands(table);
  const candidates: [Orientation, number][] = [['portrait', TYPE_SIZES.body[0]], ['portrait', TYPE_SIZES.body[1]], ['landscape', TYPE_SIZES.body[0]], ['landscape', TYPE_SIZES.body[1]]];
  for (const [index, [orientation, fontSize]] of candidates.entries()) {
    const u = unitsPerHalf(fontSize);
    const widths = d.map((x) => Math.min(Math.max(x.natural, x.min), x.max) * u + CELL_PADDING_UNITS);
    const floors = d.map((x) => x.min * u + CELL_PADDING_UNITS);
    const avail = OFFICIAL_PAGE.textWidthMm[orientation] / MM_PER_UNIT;
    const total = sum(widths);
    if (total <= avail) return result(orientation, fontSize, grow(widths, d, u, avail - total), false);
    const lastChance = index === candidates.length - 1;
    if (sum(floors) <= avail && (total <= avail * SHRINK_TOLERANCE || lastChance)) {
      return result(orientation, fontSize, balanceWidths(table, shrink(widths, floors, d, total - avail), floors.map(Math.ceil), fontSize), false);
    }
    // Too wide even turned and at the narrowest: the host scales the print to one page wide.
    if (lastChance) return result(orientation, fontSize, floors, true);
  }
  throw new Error('unreachable');
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Takes `excess` units from the columns. The columns that wrap anyway (text
 * longer than their cap) give first: their remaining width is shared in
 * proportion to how much text a row puts in each, so the tallest rows come
 * out as low as they can. A short name column only loses width when those
 * cannot give enough (so `鹤壁集镇杨庄社区` does not leave `区` on a line alone).
 */
function shrink(widths: readonly number[], floors: readonly number[], d: readonly Demand[], excess: number): number[] {
  const wrapping = d.map((x) => x.natural > x.max);
  const pool = sum(widths.filter((_, i) => wrapping[i]));
  const poolFloors = sum(floors.filter((_, i) => wrapping[i]));
  if (pool - excess >= poolFloors) return share(widths, floors, wrapping, d.map((x) => Math.max(1, x.volume)), pool - excess);
  const first = share(widths, floors, wrapping, d.map(() => 1), poolFloors);
  const left = excess - (pool - poolFloors);
  const slack = sum(first.map((w, i) => w - floors[i]));
  return first.map((w, i) => w - ((w - floors[i]) * left) / slack);
}

/** Gives the `selected` columns `total` units in proportion to `weights`, none below its floor. */
function share(widths: readonly number[], floors: readonly number[], selected: readonly boolean[], weights: readonly number[], total: number): number[] {
  const out = [...widths];
  const fixed = new Set<number>();
  for (let pass = 0; pass < widths.length; pass++) {
    const open = widths.map((_, i) => i).filter((i) => selected[i] && !fixed.has(i));
    const room = total - sum([...fixed].map((i) => out[i]));
    const weight = sum(open.map((i) => weights[i]));
    let clamped = false;
    for (const i of open) {
      out[i] = (room * weights[i]) / weight;
      if (out[i] < floors[i]) { out[i] = floors[i]; fixed.add(i); clamped = true; }
    }
    if (!clamped) break;
  }
  return out;
}

function result(orientation: Orientation, fontSize: number, widths: readonly number[], fitToWidth: boolean): ColumnFit {
  const rounded = widths.map(floor1);
  return {
    orientation,
    fontSize,
    widths: rounded,
    fitToWidth,
    textWidthMm: OFFICIAL_PAGE.textWidthMm[orientation],
    tableWidthMm: Math.round(rounded.reduce((a, b) => a + b, 0) * MM_PER_UNIT),
  };
}
