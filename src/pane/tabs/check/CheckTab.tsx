import type { ReactElement } from 'react';
import type { PaneState } from '../../usePane';
import { renderCheckTab } from './renderCheckTab';
import { useCheckTab } from './useCheckTab';
import { useCheckTabStyles } from './useCheckTabStyles.styles';

export function CheckTab({ pane }: { readonly pane: PaneState }): ReactElement {
  return renderCheckTab(useCheckTab(pane), useCheckTabStyles());
}
