/** Types for png-size.cjs. */
export function readPngSize(bytes: Buffer): { width: number; height: number } | null;
