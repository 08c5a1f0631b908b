import { createContext, useContext } from 'react';
import type { WorkbookHost } from '../hosts/workbook-host';
import type { CoreRunner } from './core/core-runner';
import type { PaneStrings } from './strings';

/**
 * What the pane needs from its page, in one context: the host (the Office.js
 * host in Excel, the xlsx host in the playground), the strings for the display
 * language, and the core runner (a Web Worker). Only hooks read it.
 */
export interface PaneEnvironment {
  readonly host: WorkbookHost;
  readonly strings: PaneStrings;
  readonly core: CoreRunner;
}

export const PaneContext = createContext<PaneEnvironment | null>(null);

export function usePaneEnvironment(): PaneEnvironment {
  const environment = useContext(PaneContext);
  if (!environment) throw new Error('usePaneEnvironment must be used inside <PaneContext.Provider>');
  return environment;
}
