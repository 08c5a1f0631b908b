import type { ReactElement } from 'react';
import type { PaneStrings } from '../pane/strings';
import type { PlaygroundHost } from './playground-host';
import { renderWorkbookView } from './renderWorkbookView';
import { useWorkbookView } from './useWorkbookView';
import { useWorkbookViewStyles } from './useWorkbookViewStyles.styles';

export function WorkbookView({ host, strings }: { readonly host: PlaygroundHost; readonly strings: PaneStrings }): ReactElement {
  return renderWorkbookView(useWorkbookView(host), strings, useWorkbookViewStyles());
}
