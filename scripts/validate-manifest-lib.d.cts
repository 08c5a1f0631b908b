/** Types for scripts/validate-manifest-lib.cjs (used by test/manifest.test.ts). */

export interface ManifestValidation {
  readonly valid: boolean;
  /** One Chinese line per problem, with the manifest line number where known. */
  readonly errors: string[];
}

export interface ValidateManifestOptions {
  /** Name used in schema error locations; default `manifest.xml`. */
  readonly fileName?: string;
  /** Folder holding OfficeAppManifestV1_1.xsd and the files it imports; default ../shared/schemas/office-addin-manifest. */
  readonly schemaDir?: string;
  /** Where `assets/` is looked up for icon checks; default the repository root. */
  readonly repoRoot?: string;
}

export function validateManifest(xml: string, options?: ValidateManifestOptions): Promise<ManifestValidation>;

export class SchemaMissingError extends Error {
  constructor(dir: string);
}

export const DEFAULT_SCHEMA_DIR: string;
export const MAIN_SCHEMA: string;
