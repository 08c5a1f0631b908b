import type { ReactElement } from 'react';
import type { PaneState } from '../../usePane';
import { renderAnnexTab } from './renderAnnexTab';
import { useAnnexTab } from './useAnnexTab';
import { useAnnexTabStyles } from './useAnnexTabStyles.styles';

export function AnnexTab({ pane }: { readonly pane: PaneState }): ReactElement {
  return renderAnnexTab(useAnnexTab(pane), useAnnexTabStyles());
}
