import { cpus, totalmem, platform, release } from 'node:os';

/** The machine a run measured, recorded beside every figure. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly ramGiB: number;
  readonly node: string;
  readonly os: string;
}

export function describeMachine(): Machine {
  const list = cpus();
  return {
    cpu: (list[0]?.model ?? 'unknown').trim(),
    cores: list.length,
    ramGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${platform()} ${release()}`,
  };
}
