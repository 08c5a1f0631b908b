import { Button, Checkbox, Dropdown, Field, Input, Option, Text, Textarea } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { ScoreTabState } from './useScoreTab';
import { TYPED_ENTITIES } from './useScoreTab';
import type { useScoreTabStyles } from './useScoreTabStyles.styles';

type Styles = ReturnType<typeof useScoreTabStyles>;

export function renderScoreTab(state: ScoreTabState, styles: Styles): ReactElement {
  const t = state.strings.score;
  const rubricLabel = state.rubrics.find((r) => r.value === state.rubric)?.label ?? '';
  const sourceLabel = state.entitySources.find((s) => s.value === state.entitySource)?.label ?? '';
  return (
    <div className={styles.root}>
      <Text size={200} className={styles.muted}>{t.intro}</Text>
      {state.ready && state.rubrics.length === 0 && <Text size={200}>{t.noRubric}</Text>}
      <Field label={t.rubric} size="small">
        <Dropdown className={styles.dropdown} size="small" value={rubricLabel} selectedOptions={state.rubric ? [state.rubric] : []}
          disabled={state.rubrics.length === 0} onOptionSelect={(_, data) => data.optionValue && state.setRubric(data.optionValue)} data-testid="score-rubric">
          {state.rubrics.map((r) => <Option key={r.value} value={r.value}>{r.label}</Option>)}
        </Dropdown>
      </Field>
      <Field label={t.entitiesFrom} size="small" hint={t.entityCount(state.entityCount)}>
        <Dropdown className={styles.dropdown} size="small" value={sourceLabel} selectedOptions={[state.entitySource]}
          onOptionSelect={(_, data) => data.optionValue !== undefined && state.setEntitySource(data.optionValue)} data-testid="score-entities">
          {state.entitySources.map((s) => <Option key={s.value || '(typed)'} value={s.value} text={s.label}>{s.label}</Option>)}
        </Dropdown>
      </Field>
      {state.entitySource === TYPED_ENTITIES && (
        <Textarea size="small" resize="vertical" value={state.typedEntities} placeholder={t.entitiesPlaceholder} onChange={(_, data) => state.setTypedEntities(data.value)} />
      )}
      <Field label={t.thresholds} size="small" validationMessage={state.levelsError} validationState={state.levelsError ? 'error' : 'none'}>
        <div className={styles.levels}>
          {state.levels.map((level, i) => (
            <div key={i} className={styles.level}>
              <Input size="small" aria-label={t.thresholdLabel} value={level.label} onChange={(_, data) => state.setLevel(i, { ...level, label: data.value })} />
              <Input size="small" aria-label={t.thresholdMin} type="number" value={level.min} onChange={(_, data) => state.setLevel(i, { ...level, min: data.value })} />
              <Button size="small" appearance="subtle" onClick={() => state.removeLevel(i)}>{t.removeThreshold}</Button>
            </div>
          ))}
          <div><Button size="small" onClick={state.addLevel}>{t.addThreshold}</Button></div>
        </div>
      </Field>
      {state.targetLevel !== undefined && (
        <Field label={t.target} size="small" hint={state.shareError ? undefined : t.targetHint(state.targetLevel, state.targetShare.trim())}
          validationMessage={state.shareError} validationState={state.shareError ? 'error' : 'none'}>
          <div className={styles.target}>
            <Dropdown className={styles.dropdown} size="small" aria-label={t.targetLevel} value={state.targetLevel} selectedOptions={[state.targetLevel]}
              onOptionSelect={(_, data) => data.optionValue && state.setTargetLevel(data.optionValue)} data-testid="score-target-level">
              {state.levels.filter((l) => l.label.trim() !== '').map((l) => <Option key={l.label} value={l.label.trim()}>{l.label.trim()}</Option>)}
            </Dropdown>
            <Input size="small" aria-label={t.targetShare} type="number" min={1} max={100} value={state.targetShare}
              contentAfter={<Text size={200}>%</Text>} onChange={(_, data) => state.setTargetShare(data.value)} data-testid="score-target-share" />
          </div>
        </Field>
      )}
      <Checkbox checked={state.protect} label={t.protect} onChange={(_, data) => state.setProtect(data.checked === true)} data-testid="score-protect" />
      <div className={styles.actions}>
        <Button appearance="primary" size="small" onClick={state.build} data-testid="build-score"
          disabled={!state.ready || state.busy || state.blocked !== undefined || state.levelsError !== undefined || state.shareError !== undefined}>
          {t.build}
        </Button>
        <Button size="small" onClick={state.undo} disabled={!state.canUndo || state.busy} data-testid="score-undo">{state.strings.check.undo}</Button>
      </div>
      {state.blocked ? <Text size={200} className={styles.error} data-testid="score-blocked">{state.blocked}</Text>
        : <Text size={200} className={styles.muted}>{t.undoHint}</Text>}
    </div>
  );
}
