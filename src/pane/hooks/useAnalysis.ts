import { storedCorrections } from '../../core/recognize/corrections';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkbookGrids } from '../../core/grid/grid';
import type { StoredSettings } from '../../hosts/host-capabilities';
import { localIsoDate } from '../../hosts/local-date';
import type { Analysis, CoreProgress } from '../core/core-jobs';
import { CancelledError, type CoreRun } from '../core/core-runner';
import { usePaneEnvironment } from '../pane-context';

export interface AnalysisState {
  readonly phase: 'waiting' | 'reading' | 'working' | 'ready' | 'failed' | 'cancelled';
  readonly progress?: CoreProgress;
  /** The grids of the last read: the core's input, and what undo falls back on. */
  readonly workbook?: WorkbookGrids;
  readonly analysis?: Analysis;
  readonly error?: string;
}

export interface AnalysisControls {
  readonly state: AnalysisState;
  refresh(): void;
  cancel(): void;
}

/**
 * Reads the workbook through the host and runs recognition and checks in the
 * core worker, again whenever the settings change or `refresh` is called.
 * A newer run supersedes an older one; `cancel` stops the core mid-way.
 */
export function useAnalysis(stored: StoredSettings | undefined): AnalysisControls {
  const { host, core } = usePaneEnvironment();
  const [state, setState] = useState<AnalysisState>({ phase: 'waiting' });
  const [generation, setGeneration] = useState(0);
  const running = useRef<CoreRun<Analysis> | undefined>(undefined);

  useEffect(() => {
    if (!stored) return;
    let live = true;
    setState((previous) => ({ ...previous, phase: 'reading', progress: undefined, error: undefined }));
    void (async () => {
      try {
        const workbook = await host.readWorkbook();
        if (!live) return;
        setState((previous) => ({ ...previous, phase: 'working', workbook }));
        // Today's date goes with the job: the core uses it for overdue checks only inside the campaign period.
        const run = core.run({ job: 'analyze', workbook, settings: stored.settings, corrections: storedCorrections(stored), clockToday: localIsoDate() }, (progress) => {
          if (live) setState((previous) => ({ ...previous, progress }));
        });
        running.current = run;
        const analysis = await run.result;
        if (live) setState({ phase: 'ready', workbook, analysis });
      } catch (error) {
        if (!live) return;
        if (error instanceof CancelledError) setState((previous) => ({ ...previous, phase: 'cancelled', progress: undefined }));
        else setState((previous) => ({ ...previous, phase: 'failed', progress: undefined, error: error instanceof Error ? error.message : String(error) }));
      }
    })();
    return () => {
      live = false;
      running.current?.cancel();
    };
  }, [host, core, stored, generation]);

  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  const cancel = useCallback(() => running.current?.cancel(), []);
  return { state, refresh, cancel };
}
