/** The median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Seconds taken by `work`, measured `runs` times; returns the median and every run. */
export async function timeRuns(runs: number, work: () => unknown | Promise<unknown>): Promise<{ seconds: number; runs: number[] }> {
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await work();
    all.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return { seconds: median(all), runs: all };
}

/** Rounds to 4 significant digits for reports. */
export function round(value: number, digits = 4): number {
  if (!Number.isFinite(value) || value === 0) return value;
  return Number(value.toPrecision(digits));
}
