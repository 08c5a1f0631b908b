import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useMemo, type ReactElement } from 'react';
import type { WorkbookHost } from '../hosts/workbook-host';
import type { CoreRunner } from './core/core-runner';
import { Pane } from './Pane';
import { PaneContext } from './pane-context';
import type { PaneStrings } from './strings';

/** The pane with its providers: Fluent's theme and the one context that carries the host. */
export function PaneApp({ host, strings, core }: { readonly host: WorkbookHost; readonly strings: PaneStrings; readonly core: CoreRunner }): ReactElement {
  const environment = useMemo(() => ({ host, strings, core }), [host, strings, core]);
  return (
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <PaneContext.Provider value={environment}>
        <Pane />
      </PaneContext.Provider>
    </FluentProvider>
  );
}
