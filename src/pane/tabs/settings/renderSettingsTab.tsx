import { Button, Field, Input, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { SettingsForm } from '../../settings/validate-settings';
import type { SettingsTabState } from './useSettingsTab';
import type { useSettingsTabStyles } from './useSettingsTabStyles.styles';

type Styles = ReturnType<typeof useSettingsTabStyles>;

const PLACEHOLDERS: Record<keyof SettingsForm, string> = {
  year: '2020', periodStart: '2020-05-01', periodEnd: '2020-12-31', issued: '2020-05-27', today: '2020-11-21', areaCode: '0392', dueSoonDays: '7',
};

export function renderSettingsTab(state: SettingsTabState, styles: Styles): ReactElement {
  const t = state.strings.settings;
  // Dates are typed as text (the browser's date picker hides half-typed input from validation).
  const field = (name: keyof SettingsForm, type: 'text' | 'number' = 'text') => (
    <Field label={t[name]} validationMessage={state.errors[name]} validationState={state.errors[name] ? 'error' : 'none'} size="small">
      <Input
        type={type}
        size="small"
        value={state.form[name]}
        placeholder={PLACEHOLDERS[name]}
        onChange={(_, data) => state.setField(name, data.value)}
        data-testid={`setting-${name}`}
      />
    </Field>
  );
  return (
    <form className={styles.root} onSubmit={(event) => { event.preventDefault(); state.save(); }} noValidate>
      <Text size={200} className={styles.muted}>{t.intro}</Text>
      {field('year', 'number')}
      <div className={styles.pair}>
        {field('periodStart')}
        {field('periodEnd')}
      </div>
      <div className={styles.pair}>
        {field('issued')}
        {field('today')}
      </div>
      <div className={styles.pair}>
        {field('areaCode')}
        {field('dueSoonDays', 'number')}
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
