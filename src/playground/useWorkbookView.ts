import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { PlaygroundHost } from './playground-host';
import type { SheetView } from './sheet-view';

export interface WorkbookViewState {
  readonly sheets: readonly string[];
  readonly active: string;
  readonly view?: SheetView;
  readonly selected?: { readonly row: number; readonly col: number };
  readonly scrollerRef: React.RefObject<HTMLDivElement | null>;
  showSheet(name: string): void;
}

/**
 * The grid beside the pane: follows the host's edits and selections (a finding
 * clicked in the pane switches to its sheet and scrolls its cell into view).
 */
export function useWorkbookView(host: PlaygroundHost): WorkbookViewState {
  const version = useSyncExternalStore(host.subscribe, () => host.version);
  const active = host.shownSheet;
  // `version` changes with every edit and selection: the view is rebuilt then, not on every render.
  const view = useMemo(() => host.sheetView(active), [host, active, version]);
  const sheets = useMemo(() => host.sheetNames(), [host, version]);
  const selected = host.selectedOn(active);
  const scrollerRef = useRef<HTMLDivElement | null>(null);

  // Another sheet starts at A1, as in Excel; a selection on it then scrolls into view below.
  useEffect(() => {
    scrollerRef.current?.scrollTo({ top: 0, left: 0 });
  }, [active]);

  useEffect(() => {
    if (!selected) return;
    const cell = scrollerRef.current?.querySelector('[data-selected="true"]');
    cell?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [selected?.row, selected?.col, active, version]);

  return { sheets, active, view, selected, scrollerRef, showSheet: (name) => host.showSheet(name) };
}
