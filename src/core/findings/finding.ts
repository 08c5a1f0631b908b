import { FINDING_CODES, type FindingCode, type Severity } from './codes';
import { describeFinding } from './messages.zh-CN';

/** Values a message template may use. */
export type FindingParams = Readonly<Record<string, string | number>>;

/**
 * One problem the product reports (DOMAIN §6). Findings are data: rules make
 * them with `makeFinding`, which fills in the Chinese prose from one table.
 */
export interface Finding {
  readonly sheet: string;
  /** A1 address of the cell concerned (`E27`), or a range (`A3:E49`) for a table-level finding. */
  readonly cell: string;
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly message: string;
  readonly suggestion?: string;
  /** The facts behind the message, for machines (`--json`) and for the pane's grouping. */
  readonly params?: FindingParams;
}

/**
 * Makes a finding: severity from the code table unless overridden, message
 * and suggestion from the zh-CN message table.
 *
 * @example makeFinding('COUNT_MISMATCH', '附件1', 'A2', { declared: 46, actual: 45 })
 */
export function makeFinding(
  code: FindingCode,
  sheet: string,
  cell: string,
  params: FindingParams = {},
  severity: Severity = FINDING_CODES[code],
): Finding {
  const { message, suggestion } = describeFinding(code, params);
  return suggestion === undefined
    ? { sheet, cell, code, severity, message, params }
    : { sheet, cell, code, severity, message, suggestion, params };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Orders findings by sheet order given, then row, column, then severity. Stable. */
export function sortFindings(findings: readonly Finding[], sheetOrder: readonly string[] = []): Finding[] {
  const sheetRank = new Map(sheetOrder.map((name, i) => [name, i]));
  const position = (cell: string): [number, number] => {
    const m = /^\$?([A-Z]+)\$?(\d+)/.exec(cell);
    if (!m) return [0, 0];
    let col = 0;
    for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    return [Number(m[2]), col];
  };
  return findings
    .map((f, i) => ({ f, i, pos: position(f.cell) }))
    .sort((a, b) =>
      (sheetRank.get(a.f.sheet) ?? Infinity) - (sheetRank.get(b.f.sheet) ?? Infinity) ||
      (a.f.sheet < b.f.sheet ? -1 : a.f.sheet > b.f.sheet ? 1 : 0) ||
      a.pos[0] - b.pos[0] || a.pos[1] - b.pos[1] ||
      SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

/** Counts per severity, for summaries and exit codes. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
