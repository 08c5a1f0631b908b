import { SingleBar, Presets } from 'cli-progress';

/**
 * Runs `work` over the items in order, with a progress bar on stderr when
 * there are several and stderr is a terminal (never in pipes or CI logs).
 */
export async function withProgress<T, R>(items: readonly T[], label: string, work: (item: T) => Promise<R>): Promise<R[]> {
  const bar = items.length > 1 && process.stderr.isTTY
    ? new SingleBar({ format: `${label} [{bar}] {value}/{total} 个文件`, stream: process.stderr, hideCursor: true }, Presets.shades_classic)
    : undefined;
  bar?.start(items.length, 0);
  const results: R[] = [];
  try {
    for (const item of items) {
      results.push(await work(item));
      bar?.increment();
    }
  } finally {
    bar?.stop();
  }
  return results;
}
