import { inThreadCoreRunner, workerCoreRunner, type CoreRunner } from './core-runner';

/** The runner for a page built by webpack: a Web Worker where the browser has them. */
export function createCoreRunner(): CoreRunner {
  if (typeof Worker === 'undefined') return inThreadCoreRunner();
  return workerCoreRunner(() => new Worker(new URL('./core.worker.ts', import.meta.url), { name: 'wenming-core' }));
}
