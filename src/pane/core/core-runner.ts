import type { CoreJob, CoreJobResult, CoreProgress } from './core-jobs';
import type { WorkerRequest, WorkerResponse } from './core.worker';

/** Thrown into a job's promise when the user pressed 取消. */
export class CancelledError extends Error {
  override readonly name = 'CancelledError';
}

export interface CoreRun<T> {
  readonly result: Promise<T>;
  cancel(): void;
}

/** Runs core jobs away from the pane's rendering, with progress and cancel. */
export interface CoreRunner {
  run<J extends CoreJob>(job: J, onProgress: (progress: CoreProgress) => void): CoreRun<CoreJobResult<J>>;
}

/**
 * A runner on a Web Worker (`createWorker` is given by the bundle entry, since
 * only webpack understands `new URL('./core.worker.ts', import.meta.url)`).
 * Cancelling terminates the worker; the next job starts a fresh one.
 */
export function workerCoreRunner(createWorker: () => Worker): CoreRunner {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; onProgress: (p: CoreProgress) => void }>();

  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const created = createWorker();
    created.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      const job = pending.get(message.id);
      if (!job) return;
      if (message.type === 'progress') return job.onProgress(message.progress);
      pending.delete(message.id);
      if (message.type === 'done') job.resolve(message.result);
      else job.reject(new Error(message.message));
    };
    created.onerror = (event) => {
      for (const job of pending.values()) job.reject(new Error(event.message || 'worker failed'));
      pending.clear();
      worker = undefined;
    };
    worker = created;
    return created;
  };

  return {
    run<J extends CoreJob>(job: J, onProgress: (progress: CoreProgress) => void): CoreRun<CoreJobResult<J>> {
      const id = nextId++;
      const result = new Promise<CoreJobResult<J>>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
        ensureWorker().postMessage({ id, job } satisfies WorkerRequest);
      });
      return {
        result,
        cancel() {
          const entry = pending.get(id);
          if (!entry) return;
          // A job cannot be stopped inside a worker; the worker is dropped with it.
          worker?.terminate();
          worker = undefined;
          for (const other of pending.values()) other.reject(new CancelledError());
          pending.clear();
        },
      };
    },
  };
}

/**
 * A runner on the pane's own thread, for hosts without Web Workers: the core
 * is loaded on first use (its own chunk) and yields to the browser between sheets.
 */
export function inThreadCoreRunner(): CoreRunner {
  return {
    run<J extends CoreJob>(job: J, onProgress: (progress: CoreProgress) => void): CoreRun<CoreJobResult<J>> {
      let cancelled = false;
      const result = (async () => {
        const { runCoreJob } = await import(/* webpackChunkName: "core" */ './core-jobs');
        return (await runCoreJob(job, async (progress) => {
          onProgress(progress);
          await new Promise((resolve) => setTimeout(resolve));
          if (cancelled) throw new CancelledError();
        })) as CoreJobResult<J>;
      })();
      return { result, cancel: () => { cancelled = true; } };
    },
  };
}
