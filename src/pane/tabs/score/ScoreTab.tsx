import type { ReactElement } from 'react';
import type { PaneState } from '../../usePane';
import { renderScoreTab } from './renderScoreTab';
import { useScoreTab } from './useScoreTab';
import { useScoreTabStyles } from './useScoreTabStyles.styles';

export function ScoreTab({ pane }: { readonly pane: PaneState }): ReactElement {
  return renderScoreTab(useScoreTab(pane), useScoreTabStyles());
}
