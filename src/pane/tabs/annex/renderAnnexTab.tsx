import { Button, Checkbox, Dropdown, Field, Input, Option, Text } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { AnnexKind } from '../../../core/annex/annex-kind';
import type { AnnexTabState } from './useAnnexTab';
import type { useAnnexTabStyles } from './useAnnexTabStyles.styles';

type Styles = ReturnType<typeof useAnnexTabStyles>;

export function renderAnnexTab(state: AnnexTabState, styles: Styles): ReactElement {
  const t = state.strings.annex;
  const kindLabel = state.kinds.find((k) => k.value === state.kind)?.label ?? '';
  const sourceLabel = state.sources.find((s) => s.value === state.source)?.label ?? '';
  return (
    <form className={styles.root} onSubmit={(event) => { event.preventDefault(); state.build(); }} noValidate>
      <Text size={200} className={styles.muted}>{t.intro}</Text>
      <Field label={t.kind} size="small">
        <Dropdown className={styles.dropdown} size="small" value={kindLabel} selectedOptions={[state.kind]}
          onOptionSelect={(_, data) => data.optionValue && state.setKind(data.optionValue as AnnexKind)} data-testid="annex-kind">
          {state.kinds.map((k) => <Option key={k.value} value={k.value}>{k.label}</Option>)}
        </Dropdown>
      </Field>
      <Field label={t.source} size="small">
        <Dropdown className={styles.dropdown} size="small" value={sourceLabel} selectedOptions={[state.source]}
          onOptionSelect={(_, data) => data.optionValue !== undefined && state.setSource(data.optionValue)} data-testid="annex-source">
          {state.sources.map((s) => <Option key={s.value || '(template)'} value={s.value} text={s.label}>{s.label}</Option>)}
        </Dropdown>
      </Field>
      <Field label={t.number} size="small" validationMessage={state.numberError} validationState={state.numberError ? 'error' : 'none'}>
        <Input size="small" type="number" min={1} max={999} value={state.number} placeholder="1" onChange={(_, data) => state.setNumber(data.value)} data-testid="annex-number" />
      </Field>
      <Field label={t.title} size="small">
        <Input size="small" value={state.title} placeholder={t.titlePlaceholder} onChange={(_, data) => state.setTitle(data.value)} data-testid="annex-title" />
      </Field>
      <Checkbox checked={state.maskPhones} label={t.maskPhones} onChange={(_, data) => state.setMaskPhones(data.checked === true)} data-testid="annex-mask" />
      <div>
        <Button type="submit" appearance="primary" size="small" disabled={state.busy || !state.ready} data-testid="build-annex">{t.build}</Button>
      </div>
    </form>
  );
}
