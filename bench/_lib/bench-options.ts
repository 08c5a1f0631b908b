/** The sections of `npm run bench`, in the order they run. */
export const SECTIONS = ['check', 'office', 'bundle', 'cli'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  readonly json: boolean;
  readonly writeDocs: boolean;
  readonly sizes: readonly number[];
  readonly runs?: number;
  readonly only: ReadonlySet<Section>;
  readonly profile: 'auto' | 'always' | 'never';
}

/** Reads `--json`, `--write-docs`, `--sizes`, `--runs`, `--only`, `--profile` / `--no-profile`; a bad value throws. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = (value('--sizes') ?? '1000,10000,100000').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes 应为逗号分隔的正整数，收到 ${value('--sizes')}`);
  const only = new Set((value('--only') ?? SECTIONS.join(',')).split(',') as Section[]);
  for (const section of only) if (!SECTIONS.includes(section)) throw new Error(`--only 只接受 ${SECTIONS.join(', ')}，收到 ${section}`);
  const runs = value('--runs');
  if (runs !== undefined && !(Number.isInteger(Number(runs)) && Number(runs) >= 1)) throw new Error(`--runs 应为正整数，收到 ${runs}`);
  return {
    json: argv.includes('--json'),
    writeDocs: argv.includes('--write-docs'),
    sizes,
    runs: runs === undefined ? undefined : Number(runs),
    only,
    profile: argv.includes('--profile') ? 'always' : argv.includes('--no-profile') ? 'never' : 'auto',
  };
}
