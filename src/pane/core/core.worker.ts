/// <reference lib="webworker" />
import { runCoreJob, type CoreJob, type CoreProgress } from './core-jobs';

/** Messages between the pane and its core worker. */
export type WorkerRequest = { readonly id: number; readonly job: CoreJob };
export type WorkerResponse =
  | { readonly id: number; readonly type: 'progress'; readonly progress: CoreProgress }
  | { readonly id: number; readonly type: 'done'; readonly result: unknown }
  | { readonly id: number; readonly type: 'failed'; readonly message: string };

/**
 * The core runs here, off the pane's thread, so a 10,000-row workbook never
 * freezes the pane; cancelling terminates the worker.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, job } = event.data;
  const post = (response: WorkerResponse) => scope.postMessage(response);
  try {
    const result = await runCoreJob(job, async (progress) => post({ id, type: 'progress', progress }));
    post({ id, type: 'done', result });
  } catch (error) {
    post({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
