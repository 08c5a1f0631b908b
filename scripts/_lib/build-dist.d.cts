/** Types for build-dist.cjs. */
export const ROOT: string;
export function distIsStale(): boolean;
export function buildDist(options?: {
  mode?: 'production' | 'development';
  quiet?: boolean;
  /** Passed as `--env key=value`: `url` (the production address), `officejs` (`cdn` or `local`). */
  env?: Record<string, string | undefined>;
  /** Build into this folder instead of dist/. */
  outputPath?: string;
}): Promise<void>;
