/** Types for build-dist.cjs. */
export const ROOT: string;
export function distIsStale(): boolean;
export function buildDist(options?: { mode?: 'production' | 'development'; quiet?: boolean }): Promise<void>;
