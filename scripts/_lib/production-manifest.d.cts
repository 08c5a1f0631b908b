/** Types for production-manifest.cjs. */
export const DEV_ORIGIN: string;
export class AddinUrlError extends Error {
  constructor(message: string);
}
/** `--env url=…` / `ADDIN_URL` normalised to end with `/`; undefined when none was given. Throws AddinUrlError. */
export function addinBaseUrl(given: unknown): string | undefined;
/** `0.1.0` → `0.1.0.0`. */
export function manifestVersion(packageVersion: string): string;
/** The dev manifest rewritten to `base`, with `version` (package.json's) as its Version. */
export function productionManifest(xml: string, options: { base: string; version: string }): string;
