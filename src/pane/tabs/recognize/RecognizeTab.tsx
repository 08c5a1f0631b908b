import type { ReactElement } from 'react';
import type { PaneState } from '../../usePane';
import { renderRecognizeTab } from './renderRecognizeTab';
import { useRecognizeTab } from './useRecognizeTab';
import { useRecognizeTabStyles } from './useRecognizeTabStyles.styles';

export function RecognizeTab({ pane }: { readonly pane: PaneState }): ReactElement {
  return renderRecognizeTab(useRecognizeTab(pane), useRecognizeTabStyles());
}
