import { useCallback, useState } from 'react';
import type { CoreProgress } from './core/core-jobs';
import { useAnalysis, type AnalysisControls } from './hooks/useAnalysis';
import { useStoredSettings, type StoredSettingsState } from './hooks/useStoredSettings';
import { useWorkbookEdits, type WorkbookEdits } from './hooks/useWorkbookEdits';
import { usePaneEnvironment } from './pane-context';
import type { PaneStrings } from './strings';

export const TAB_IDS = ['recognize', 'check', 'score', 'annex', 'settings'] as const;
export type TabId = (typeof TAB_IDS)[number];

export interface PaneState {
  readonly strings: PaneStrings;
  readonly tab: TabId;
  selectTab(tab: TabId): void;
  readonly settings: StoredSettingsState;
  readonly analysis: AnalysisControls;
  readonly edits: WorkbookEdits;
  /** Long work under way: its label, its fraction when known, and how to stop it. */
  readonly busy?: { readonly label: string; readonly fraction?: number; readonly cancel?: () => void };
}

/** The pane's state: settings, the analysis, the edits, the open tab, and what is running. */
export function usePane(): PaneState {
  const { strings } = usePaneEnvironment();
  const [tab, setTab] = useState<TabId>('recognize');
  const settings = useStoredSettings();
  const analysis = useAnalysis(settings.stored);
  const edits = useWorkbookEdits(analysis);
  // A message belongs to the tab whose button caused it.
  const selectTab = useCallback((next: TabId) => {
    setTab(next);
    edits.dismissMessage();
  }, [edits]);
  return { strings, tab, selectTab, settings, analysis, edits, busy: busyOf(strings, analysis, edits) };
}

function busyOf(strings: PaneStrings, analysis: AnalysisControls, edits: WorkbookEdits): PaneState['busy'] {
  const t = strings.common;
  if (edits.phase === 'building') return { label: progressLabel(strings, edits.progress) ?? t.building, cancel: edits.cancel };
  if (edits.phase === 'applying') return { label: t.applying };
  const { phase, progress } = analysis.state;
  if (phase === 'waiting' || phase === 'reading') return { label: t.readingWorkbook };
  if (phase === 'working') {
    const fraction = progress?.step === 'recognize' ? progress.done / Math.max(1, progress.total) : progress?.step === 'check' ? undefined : 0;
    return { label: progressLabel(strings, progress) ?? t.working, fraction, cancel: analysis.cancel };
  }
  return undefined;
}

function progressLabel(strings: PaneStrings, progress: CoreProgress | undefined): string | undefined {
  if (!progress) return undefined;
  if (progress.step === 'recognize') return strings.common.recognizing(progress.sheet, progress.done + 1, progress.total);
  if (progress.step === 'check') return strings.common.checking;
  return strings.common.building;
}
