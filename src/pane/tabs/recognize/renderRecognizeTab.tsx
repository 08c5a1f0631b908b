import { Badge, Button, Dropdown, Field, Input, Option, Text, Tooltip } from '@fluentui/react-components';
import { useState, type ReactElement } from 'react';
import type { ColumnRole, RecognizedKind } from '../../../core/recognize/table-kind';
import type { ColumnView, RecognizeTabState, TableView } from './useRecognizeTab';
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
      <Field
        label={`${t.kindLabel}${table.overridden ? ` ${t.kindOverridden}` : ''}`}
        size="small"
        {...(table.unsure !== undefined ? { validationState: 'warning' as const, validationMessage: t.unsure(table.unsure) } : {})}
      >
        <Dropdown
          className={styles.dropdown}
          size="small"
          value={kindLabel}
          selectedOptions={[table.kind]}
          onOptionSelect={(_, data) => data.optionValue && state.setKind(table, data.optionValue as RecognizedKind)}
        >
          {state.kindOptions.map((option) => <Option key={option.value} value={option.value}>{option.label}</Option>)}
        </Dropdown>
      </Field>
      {table.corrected && (
        <div className={styles.correctedLine}>
          <Badge size="small" appearance="tint" color="brand">{t.corrected}</Badge>
          <Button size="small" appearance="subtle" onClick={() => state.reset(table)}>{t.resetKind}</Button>
        </div>
      )}
      <dl className={styles.facts}>
        <dt className={styles.term}>{t.title}</dt>
        <dd className={styles.value}>{table.title ?? t.noTitle}{table.annexLabel ? `（${table.annexLabel}）` : ''}</dd>
        <dt className={styles.term}>{t.range}</dt>
        <dd className={styles.value}>{table.range}</dd>
        <dt className={styles.term}>{t.dataRows}</dt>
        <dd className={styles.value} data-testid="data-rows">
          {table.dataRows}
          {table.declaredCount !== undefined && (
            <> · <Badge size="small" appearance="tint" color={table.declaredCount === table.dataRows ? 'success' : 'danger'}>{t.declared(table.declaredCount)}</Badge></>
          )}
          {table.repeatedHeaders > 0 && <> · {t.repeatedHeaders(table.repeatedHeaders)}</>}
        </dd>
      </dl>
      <HeaderRowsField key={`${table.key}-${table.headerRows}`} state={state} table={table} />
      {table.kind !== 'unknown' && (
        <fieldset className={styles.columnList}>
          <legend className={styles.term}>{t.columns}</legend>
          {table.columns.map((column) => renderColumn(state, table, column, styles))}
        </fieldset>
      )}
    </article>
  );
}

function renderColumn(state: RecognizeTabState, table: TableView, column: ColumnView, styles: Styles): ReactElement {
  const t = state.strings.recognize;
  return (
    <div key={column.letter} className={styles.columnRow} data-testid="column-role" data-letter={column.letter} data-role={column.role}>
      <Tooltip content={column.header || column.letter} relationship="description">
        <Text size={200} className={styles.letter}>{column.letter}</Text>
      </Tooltip>
      <Dropdown
        className={styles.dropdown}
        size="small"
        aria-label={t.columnRole(column.letter)}
        value={column.roleLabel}
        selectedOptions={column.role ? [column.role] : []}
        onOptionSelect={(_, data) => data.optionValue && state.setColumnRole(table, column.letter, data.optionValue as ColumnRole | 'ignore')}
      >
        {table.roleOptions.map((option) => <Option key={option.value} value={option.value}>{option.label}</Option>)}
      </Dropdown>
      {column.guessed && <Badge size="small" appearance="tint" color="warning">{t.guessed}</Badge>}
    </div>
  );
}

/** The header rows as the user may retype them; saved when the field loses focus or on Enter. */
function HeaderRowsField({ state, table }: { state: RecognizeTabState; table: TableView }): ReactElement {
  const t = state.strings.recognize;
  const [text, setText] = useState(table.headerRows);
  const [invalid, setInvalid] = useState(false);
  const commit = () => setInvalid(text.trim() !== '' && !state.setHeaderRows(table, text));
  return (
    <Field label={t.headerRows} size="small" hint={t.headerRowsHint} {...(invalid ? { validationState: 'error' as const, validationMessage: t.badHeaderRows } : {})}>
      <Input size="small" value={text} onChange={(_, data) => setText(data.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} data-testid="header-rows" />
    </Field>
  );
}
