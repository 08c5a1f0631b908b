import type { ReactElement } from 'react';
import type { PaneState } from '../../usePane';
import { renderSettingsTab } from './renderSettingsTab';
import { useSettingsTab } from './useSettingsTab';
import { useSettingsTabStyles } from './useSettingsTabStyles.styles';

export function SettingsTab({ pane }: { readonly pane: PaneState }): ReactElement {
  return renderSettingsTab(useSettingsTab(pane), useSettingsTabStyles());
}
