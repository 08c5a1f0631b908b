import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, CounterBadge, MessageBar, MessageBarBody, MessageBarTitle, Text, Tooltip,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { Severity } from '../../../core/findings/codes';
import { PAGE_SIZE, type CheckTabState, type CodeGroup } from './useCheckTab';
import type { useCheckTabStyles } from './useCheckTabStyles.styles';

type Styles = ReturnType<typeof useCheckTabStyles>;

const BADGE_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

export function renderCheckTab(state: CheckTabState, styles: Styles): ReactElement {
  const t = state.strings.check;
  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button appearance="primary" size="small" disabled={state.busy || !state.ready} onClick={state.mark} data-testid="mark">{t.mark}</Button>
        <Button size="small" disabled={state.busy || !state.ready} onClick={state.fix} data-testid="fix">{t.fix}</Button>
        <Tooltip content={t.undoHint} relationship="description">
          <Button size="small" disabled={state.busy || !state.canUndo} onClick={state.undo} data-testid="undo">{t.undo}</Button>
        </Tooltip>
      </div>
      {state.ready && (
        <div className={styles.summary} data-testid="check-summary">
          {(['error', 'warning', 'info'] as const).map((severity) => (
            <Badge key={severity} appearance="tint" color={BADGE_COLOR[severity]}>{state.strings.severities[severity]} {state.counts[severity]}</Badge>
          ))}
        </div>
      )}
      {state.skipped.length > 0 && (
        <MessageBar intent="info" layout="multiline" data-testid="skipped-checks">
          <MessageBarBody>
            <MessageBarTitle>{t.skippedTitle}</MessageBarTitle>
            <ul className={styles.skipped}>
              {state.skipped.map((line) => <li key={line.text} data-checks={line.checks.join(' ')} data-reason={line.reason}>{line.text}</li>)}
            </ul>
            <Text size={200} className={styles.muted}>{t.skippedHint}</Text>
          </MessageBarBody>
        </MessageBar>
      )}
      {state.ready && state.groups.length === 0 && <Text>{t.noFindings}</Text>}
      {state.groups.length > 0 && <Text size={200} className={styles.muted}>{t.selectHint}</Text>}
      {state.selectError && <MessageBar intent="error"><MessageBarBody>{state.selectError}</MessageBarBody></MessageBar>}
      {state.groups.map((group) => (
        <section key={group.severity} className={styles.severity} data-testid={`severity-${group.severity}`}>
          <h2 className={styles.severityTitle}>
            {state.strings.severities[group.severity]}
            <CounterBadge count={group.count} overflowCount={9999} color={group.severity === 'error' ? 'danger' : 'informative'} size="small" />
          </h2>
          <Accordion multiple collapsible defaultOpenItems={group.severity === 'error' ? group.codes.slice(0, 1).map((c) => c.code) : []}>
            {group.codes.map((code) => renderCode(state, code, styles))}
          </Accordion>
        </section>
      ))}
    </div>
  );
}

function renderCode(state: CheckTabState, group: CodeGroup, styles: Styles): ReactElement {
  const t = state.strings.check;
  return (
    <AccordionItem key={group.code} value={group.code}>
      <AccordionHeader size="small">
        <span className={styles.groupHeader} data-testid="finding-group" data-code={group.code}>
          <span className={styles.groupTitle}>{group.title}</span>
          <CounterBadge count={group.count} overflowCount={9999} appearance="ghost" size="small" />
          <span className={styles.code}>{group.code}</span>
        </span>
      </AccordionHeader>
      <AccordionPanel>
        <ul className={styles.list}>
          {group.shown.map((finding) => (
            <li key={finding.id}>
              <button
                type="button"
                className={`${styles.finding} ${state.selectedId === finding.id ? styles.selected : ''}`}
                onClick={() => state.select(finding)}
                data-testid="finding"
                data-cell={`${finding.sheet}!${finding.anchor}`}
              >
                <span className={styles.where}>{finding.sheet}!{finding.cell}</span>
                <span>{finding.message}</span>
                {finding.suggestion && <span className={styles.suggestion}>{t.suggestion}{finding.suggestion}</span>}
              </button>
            </li>
          ))}
        </ul>
        {group.hidden > 0 && <Button size="small" appearance="subtle" onClick={() => state.showMore(group.code)}>{t.showMore(Math.min(group.hidden, PAGE_SIZE))}</Button>}
      </AccordionPanel>
    </AccordionItem>
  );
}
