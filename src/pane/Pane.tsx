import type { ReactElement } from 'react';
import { renderPane } from './renderPane';
import { usePane } from './usePane';
import { usePaneStyles } from './usePaneStyles.styles';

/** The task pane: the same component in Excel and in the playground. */
export function Pane(): ReactElement {
  const state = usePane();
  const styles = usePaneStyles();
  return renderPane(state, styles);
}
