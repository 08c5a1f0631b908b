import { Button, Field, Input, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { HintPlace } from '../../settings/settings-hints';
import type { SettingsForm } from '../../settings/validate-settings';
import type { SettingsTabState } from './useSettingsTab';
import type { useSettingsTabStyles } from './useSettingsTabStyles.styles';

type Styles = ReturnType<typeof useSettingsTabStyles>;

export function renderSettingsTab(state: SettingsTabState, styles: Styles): ReactElement {
  const t = state.strings.settings;
  // Dates are typed as text (the browser's date picker hides half-typed input from validation).
  const field = (name: keyof SettingsForm, type: 'text' | 'number' = 'text', hint?: HintPlace) => (
    <Field
      label={t[name]}
      validationMessage={state.errors[name]}
      validationState={state.errors[name] ? 'error' : 'none'}
      size="small"
      hint={hint ? renderHint(state, hint, styles) : undefined}
    >
      <Input
        type={type}
        size="small"
        value={state.form[name]}
        placeholder={state.placeholders[name]}
        onChange={(_, data) => state.setField(name, data.value)}
        data-testid={`setting-${name}`}
      />
    </Field>
  );
  return (
    <form className={styles.root} onSubmit={(event) => { event.preventDefault(); state.save(); }} noValidate>
      <Text size={200} className={styles.muted}>{t.intro}</Text>
      {field('year', 'number', 'year')}
      <div className={styles.group}>
        <div className={styles.pair}>
          {field('periodStart')}
          {field('periodEnd')}
        </div>
        {renderHint(state, 'period', styles)}
      </div>
      {field('issued', 'text', 'issued')}
      {field('areaCode', 'text', 'areaCode')}
      <div className={styles.group}>
        <div className={styles.pair}>
          {field('today')}
          {field('dueSoonDays', 'number')}
        </div>
        {renderHint(state, 'today', styles)}
      </div>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" size="small" disabled={state.saving} data-testid="save-settings">{t.save}</Button>
        {state.savedText && <Text size={200} data-testid="settings-saved">{state.savedText}</Text>}
      </div>
      {state.saveError && <MessageBar intent="error"><MessageBarBody>{state.saveError}</MessageBarBody></MessageBar>}
      <Text size={200} className={styles.muted}>{state.persistent ? t.storedWhere : t.storedInMemory}</Text>
    </form>
  );
}

/** What the workbook says for a setting, and where; or that it says nothing. */
function renderHint(state: SettingsTabState, place: HintPlace, styles: Styles): ReactElement | undefined {
  const hint = state.hints[place];
  if (!hint) return undefined;
  return (
    <span className={styles.hint} data-testid={`hint-${place}`} data-kind={hint.kind}>
      <span className={hint.kind === 'missing' || hint.kind === 'unused' ? styles.missing : undefined}>{hint.text}</span>
      {hint.conflicts.map((text) => <span key={text} className={styles.conflict} data-testid="hint-conflict">{text}</span>)}
    </span>
  );
}
