import { useCallback, useRef, useState } from 'react';
import type { EditPlan } from '../../core/edit-plan/edit-plan';
import { inversePlan, type InversePlan } from '../../core/edit-plan/inverse-plan';
import { snapshotFromGrids } from '../../core/edit-plan/snapshot-from-grids';
import type { WorkbookGrids } from '../../core/grid/grid';
import { canApplyWithUndo } from '../../hosts/host-capabilities';
import type { WorkbookHost } from '../../hosts/workbook-host';
import type { CoreJob, CoreJobResult, CoreProgress } from '../core/core-jobs';
import { CancelledError, type CoreRun } from '../core/core-runner';
import { usePaneEnvironment } from '../pane-context';
import type { AnalysisControls } from './useAnalysis';

export interface EditMessage {
  readonly intent: 'success' | 'warning' | 'error' | 'info';
  readonly text: string;
  /** Fallbacks the host reported, unrestorable changes… */
  readonly details: readonly string[];
}

/** What a build job made, and what to tell the user when it is applied. */
export interface BuiltOutcome {
  readonly plan: EditPlan;
  /** The success message; default `已完成：` and the plan's summary. */
  readonly text?: string;
  /** Lines under it (where things went); the host's fallbacks follow. */
  readonly details?: readonly string[];
}

export interface WorkbookEdits {
  readonly phase: 'idle' | 'building' | 'applying';
  readonly progress?: CoreProgress;
  readonly message?: EditMessage;
  /** The plan that undoes the last mark or fix, until it is used. */
  readonly undoable?: InversePlan;
  mark(): Promise<void>;
  fix(): Promise<void>;
  undo(): Promise<void>;
  /**
   * Runs a job that builds a plan (annex, score sheet) and applies it with the same undo.
   * `outcome` turns the job's result into the plan and the message; it throws, in the
   * display language, when the result says nothing can be built.
   */
  applyBuilt<J extends CoreJob>(job: J, outcome?: (result: CoreJobResult<J>) => BuiltOutcome): Promise<void>;
  cancel(): void;
  dismissMessage(): void;
}

/**
 * The pane's changes to the workbook: 标注到工作表, 应用修复, 撤销上次修改.
 * Plans are built by the core worker, applied by the host with a snapshot of
 * what they overwrite, and the inverse kept for one undo.
 */
export function useWorkbookEdits(analysis: AnalysisControls): WorkbookEdits {
  const { host, core, strings } = usePaneEnvironment();
  const [phase, setPhase] = useState<WorkbookEdits['phase']>('idle');
  const [progress, setProgress] = useState<CoreProgress | undefined>(undefined);
  const [message, setMessage] = useState<EditMessage | undefined>(undefined);
  const [undoable, setUndoable] = useState<InversePlan | undefined>(undefined);
  const running = useRef<CoreRun<unknown> | undefined>(undefined);
  const { workbook, analysis: result } = analysis.state;

  const fail = useCallback((error: unknown) => {
    if (error instanceof CancelledError) setMessage({ intent: 'info', text: strings.common.cancelled, details: [] });
    else setMessage({ intent: 'error', text: error instanceof Error ? error.message : String(error), details: [] });
  }, [strings]);

  const buildAndApply = useCallback(async (job: CoreJob | undefined, emptyText?: string, outcome: (result: unknown) => BuiltOutcome = (plan) => ({ plan: plan as EditPlan })) => {
    if (!job || !workbook) return;
    setMessage(undefined);
    setPhase('building');
    try {
      const run = core.run(job, setProgress) as CoreRun<unknown>;
      running.current = run;
      const built = outcome(await run.result);
      const { plan } = built;
      if (plan.ops.length === 0) {
        setMessage({ intent: 'info', text: emptyText ?? plan.summary, details: [] });
        return;
      }
      setPhase('applying');
      const { fallbacks, undo } = await applyWithUndo(host, plan, workbook);
      setUndoable(undo);
      const details = [...(built.details ?? []), ...fallbacks, ...(undo.unrestored.length > 0 ? [strings.check.unrestored(undo.unrestored.map((op) => strings.ops[op]).join('、'))] : [])];
      setMessage({ intent: fallbacks.length > 0 ? 'warning' : 'success', text: built.text ?? strings.check.applied(plan.summary), details });
      analysis.refresh();
    } catch (error) {
      fail(error);
    } finally {
      running.current = undefined;
      setPhase('idle');
      setProgress(undefined);
    }
  }, [analysis, core, fail, host, strings, workbook]);

  const mark = useCallback(() => buildAndApply(
    result && workbook ? { job: 'mark', workbook, findings: result.findings, today: result.settings.today } : undefined,
  ), [buildAndApply, result, workbook]);

  const fix = useCallback(() => buildAndApply(
    // The settings the checks ran with: the user's over the workbook's (an inferred area code too).
    result && workbook ? { job: 'fix', workbook, tables: result.tables, settings: result.settings } : undefined,
    strings.check.noFixes,
  ), [buildAndApply, result, strings, workbook]);

  const undo = useCallback(async () => {
    if (!undoable) {
      setMessage({ intent: 'info', text: strings.check.nothingToUndo, details: [] });
      return;
    }
    setMessage(undefined);
    setPhase('applying');
    try {
      const report = await host.applyEditPlan(undoable.plan);
      setUndoable(undefined);
      const details = [...report.fallbacks, ...(undoable.unrestored.length > 0 ? [strings.check.unrestored(undoable.unrestored.map((op) => strings.ops[op]).join('、'))] : [])];
      setMessage({ intent: details.length > 0 ? 'warning' : 'success', text: strings.check.undone(undoable.plan.summary.replace(/^撤销：/, '')), details });
      analysis.refresh();
    } catch (error) {
      fail(error);
    } finally {
      setPhase('idle');
    }
  }, [analysis, fail, host, strings, undoable]);

  const cancel = useCallback(() => running.current?.cancel(), []);
  const dismissMessage = useCallback(() => setMessage(undefined), []);
  const applyBuilt = useCallback(<J extends CoreJob>(job: J, outcome?: (result: CoreJobResult<J>) => BuiltOutcome) => (
    buildAndApply(job, undefined, outcome as ((result: unknown) => BuiltOutcome) | undefined)
  ), [buildAndApply]);
  return { phase, progress, message, undoable, mark, fix, undo, applyBuilt, cancel, dismissMessage };
}

/**
 * Applies a plan and returns its inverse: exact where the host reads what it
 * overwrites (Office.js, playground), else from the grids read before.
 */
async function applyWithUndo(host: WorkbookHost, plan: EditPlan, before: WorkbookGrids): Promise<{ fallbacks: readonly string[]; undo: InversePlan }> {
  if (canApplyWithUndo(host)) return host.applyEditPlanWithUndo(plan);
  const report = await host.applyEditPlan(plan);
  return { fallbacks: report.fallbacks, undo: inversePlan(plan, snapshotFromGrids(before, plan)) };
}
