import { Button, Dropdown, MessageBar, MessageBarBody, Option, Spinner, Text } from '@fluentui/react-components';
import type { ReactElement, RefObject } from 'react';
import type { CoreRunner } from '../pane/core/core-runner';
import { PaneApp } from '../pane/PaneApp';
import { SAMPLES } from './samples';
import type { PlaygroundState } from './usePlayground';
import type { usePlaygroundStyles } from './usePlaygroundStyles.styles';
import { WorkbookView } from './WorkbookView';

type Styles = ReturnType<typeof usePlaygroundStyles>;

export function renderPlayground(state: PlaygroundState, core: CoreRunner, fileInput: RefObject<HTMLInputElement | null>, styles: Styles): ReactElement {
  const t = state.strings.playground;
  const sampleLabel = SAMPLES.find((s) => s.file === state.sample)?.label ?? state.fileName;
  return (
    <div className={styles.root}>
      <header className={styles.toolbar}>
        <h1 className={styles.title}>{t.title}</h1>
        <Dropdown className={styles.sample} size="small" aria-label={t.sample} value={sampleLabel} selectedOptions={[state.sample]}
          onOptionSelect={(_, data) => data.optionValue && state.loadSample(data.optionValue)} data-testid="sample">
          {SAMPLES.map((s) => <Option key={s.file} value={s.file}>{s.label}</Option>)}
        </Dropdown>
        <Button size="small" onClick={() => fileInput.current?.click()} data-testid="open-file">{t.open}</Button>
        <input ref={fileInput} className={styles.hiddenInput} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => { const file = event.target.files?.[0]; if (file) state.openFile(file); event.target.value = ''; }} data-testid="file-input" />
        <Button size="small" appearance="primary" disabled={!state.host || state.loading} onClick={state.download} data-testid="download">{t.download}</Button>
        <span className={styles.spacer} />
        <Text size={200} className={styles.muted}>{t.localOnly}</Text>
      </header>
      {state.error && <MessageBar intent="error"><MessageBarBody>{state.error}</MessageBarBody></MessageBar>}
      <main className={styles.main}>
        <section className={styles.sheet}>
          {state.host && !state.loading
            ? <WorkbookView host={state.host} strings={state.strings} />
            : <div className={styles.center}><Spinner size="small" label={t.loading} /></div>}
        </section>
        <aside className={styles.pane}>
          {state.host && !state.loading && <PaneApp key={state.hostKey} host={state.host} strings={state.strings} core={core} />}
        </aside>
      </main>
    </div>
  );
}
