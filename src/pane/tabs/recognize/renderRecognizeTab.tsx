import { Badge, Dropdown, Field, Option, Text, Tooltip } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { RecognizedKind } from '../../../core/recognize/table-kind';
import type { RecognizeTabState, TableView } from './useRecognizeTab';
import type { useRecognizeTabStyles } from './useRecognizeTabStyles.styles';

type Styles = ReturnType<typeof useRecognizeTabStyles>;

export function renderRecognizeTab(state: RecognizeTabState, styles: Styles): ReactElement {
  const t = state.strings.recognize;
  if (!state.ready) return <div />;
  return (
    <div className={styles.root}>
      <Text size={200} className={styles.muted}>{t.intro}</Text>
      {state.sheets.map((sheet) => (
        <section key={sheet.name} className={styles.sheet} data-testid="recognized-sheet">
          <h2 className={styles.sheetName}>{sheet.name}</h2>
          {sheet.tables.length === 0
            ? <Text size={200} className={styles.muted}>{t.noTables}</Text>
            : sheet.tables.map((table) => renderTable(state, table, styles))}
        </section>
      ))}
    </div>
  );
}

function renderTable(state: RecognizeTabState, table: TableView, styles: Styles): ReactElement {
  const t = state.strings.recognize;
  const kindLabel = state.strings.kinds[table.kind];
  return (
    <article key={table.key} className={styles.table} data-testid="recognized-table" data-kind={table.kind}>
      <Field label={`${t.kindLabel}${table.overridden ? ` ${t.kindOverridden}` : ''}`} size="small">
        <Dropdown
          className={styles.dropdown}
          size="small"
          value={kindLabel}
          selectedOptions={[table.kind]}
          onOptionSelect={(_, data) => data.optionValue && state.setKind(table.key, data.optionValue as RecognizedKind)}
        >
          {state.kindOptions.map((option) => <Option key={option.value} value={option.value}>{option.label}</Option>)}
        </Dropdown>
      </Field>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t.title}</dt>
        <dd className={styles.value}>{table.title ?? t.noTitle}{table.annexLabel ? `（${table.annexLabel}）` : ''}</dd>
        <dt className={styles.term}>{t.range}</dt>
        <dd className={styles.value}>{table.range}</dd>
        <dt className={styles.term}>{t.headerRows}</dt>
        <dd className={styles.value}>{table.headerRows || '—'}</dd>
        <dt className={styles.term}>{t.dataRows}</dt>
        <dd className={styles.value} data-testid="data-rows">
          {table.dataRows}
          {table.declaredCount !== undefined && (
            <> · <Badge size="small" appearance="tint" color={table.declaredCount === table.dataRows ? 'success' : 'danger'}>{t.declared(table.declaredCount)}</Badge></>
          )}
          {table.repeatedHeaders > 0 && <> · {t.repeatedHeaders(table.repeatedHeaders)}</>}
        </dd>
        <dt className={styles.term}>{t.columns}</dt>
        <dd className={styles.value}>
          <ul className={styles.columns}>
            {table.columns.map((column) => (
              <li key={`${column.letter}-${column.role}`}>
                <Tooltip content={column.header || column.role} relationship="description">
                  <Badge size="medium" appearance="outline" color="informative">{column.letter} {column.role}</Badge>
                </Tooltip>
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </article>
  );
}
