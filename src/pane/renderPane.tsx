import {
  Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, Tab, TabList, Text,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { AnnexTab } from './tabs/annex/AnnexTab';
import { CheckTab } from './tabs/check/CheckTab';
import { RecognizeTab } from './tabs/recognize/RecognizeTab';
import { ScoreTab } from './tabs/score/ScoreTab';
import { SettingsTab } from './tabs/settings/SettingsTab';
import { TAB_IDS, type PaneState, type TabId } from './usePane';
import { usePaneStyles } from './usePaneStyles.styles';

/** Turns the pane's state into JSX. */
export function renderPane(state: PaneState, styles: ReturnType<typeof usePaneStyles>): ReactElement {
  const { strings, tab, busy, analysis, edits } = state;
  const failed = analysis.state.phase === 'failed' ? analysis.state.error : undefined;
  const cancelled = analysis.state.phase === 'cancelled';
  return (
    <div className={styles.root} data-testid="pane">
      <header className={styles.header}>
        <Text as="h1" weight="semibold" size={400}>{strings.appTitle}</Text>
        <Button size="small" onClick={analysis.refresh} disabled={busy !== undefined} data-testid="refresh">{strings.common.refresh}</Button>
      </header>
      <TabList className={styles.tabs} size="small" selectedValue={tab} onTabSelect={(_, data) => state.selectTab(data.value as TabId)}>
        {TAB_IDS.map((id) => <Tab key={id} value={id} data-testid={`tab-${id}`}>{strings.tabs[id]}</Tab>)}
      </TabList>
      {busy && (
        <div className={styles.status} role="status" data-testid="busy">
          <ProgressBar value={busy.fraction} thickness="large" />
          <div className={styles.statusRow}>
            <Text size={200}>{busy.label}</Text>
            {busy.cancel && <Button size="small" appearance="subtle" onClick={busy.cancel}>{strings.common.cancel}</Button>}
          </div>
        </div>
      )}
      {(failed || cancelled || edits.message) && (
        <div className={styles.messages}>
          {cancelled && (
            <MessageBar intent="info" layout="multiline" data-testid="analysis-cancelled">
              <MessageBarBody>{strings.common.cancelledAnalysis}</MessageBarBody>
            </MessageBar>
          )}
          {failed && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody><MessageBarTitle>{strings.common.errorTitle}</MessageBarTitle>{failed}</MessageBarBody>
            </MessageBar>
          )}
          {edits.message && (
            <MessageBar intent={edits.message.intent} layout="multiline" data-testid="edit-message">
              <MessageBarBody>
                {edits.message.text}
                {edits.message.details.length > 0 && (
                  <ul className={styles.details}>{edits.message.details.map((d) => <li key={d}>{d}</li>)}</ul>
                )}
              </MessageBarBody>
              <MessageBarActions containerAction={<Button size="small" appearance="transparent" onClick={edits.dismissMessage}>{strings.common.dismiss}</Button>} />
            </MessageBar>
          )}
        </div>
      )}
      <main className={styles.body} data-testid={`panel-${tab}`}>
        {tab === 'recognize' && <RecognizeTab pane={state} />}
        {tab === 'check' && <CheckTab pane={state} />}
        {tab === 'score' && <ScoreTab pane={state} />}
        {tab === 'annex' && <AnnexTab pane={state} />}
        {tab === 'settings' && <SettingsTab pane={state} />}
      </main>
    </div>
  );
}
