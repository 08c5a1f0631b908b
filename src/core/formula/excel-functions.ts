/**
 * Which worksheet functions the product may write into a workbook.
 *
 * Formulas must keep working when the file is mailed to someone with Excel 2010
 * or WPS and no add-in (DOMAIN §4), so the allow-list holds only functions that
 * Excel 2010, WPS 表格 and HyperFormula (our test engine) all have. Newer functions
 * are listed with the version that introduced them, so a reviewer sees why.
 */

/** Functions present in Excel 2010, WPS and HyperFormula. */
export const PORTABLE_FUNCTIONS = [
  'ABS', 'AND', 'AVERAGE', 'AVERAGEIF', 'CHOOSE', 'COLUMNS', 'COUNT', 'COUNTA', 'COUNTBLANK',
  'COUNTIF', 'COUNTIFS', 'IF', 'IFERROR', 'INDEX', 'INT', 'ISBLANK', 'ISERROR', 'ISNA',
  'ISNUMBER', 'ISTEXT', 'LARGE', 'LEFT', 'LEN', 'MATCH', 'MAX', 'MID', 'MIN', 'N', 'NOT', 'OR',
  'RIGHT', 'ROUND', 'ROWS', 'SMALL', 'SUM', 'SUMIF', 'SUMIFS', 'SUMPRODUCT', 'TRIM',
] as const;

export type PortableFunction = (typeof PORTABLE_FUNCTIONS)[number];

/** Functions that must never be emitted, with the first Excel version that has them. */
export const FORBIDDEN_FUNCTIONS: Readonly<Record<string, string>> = {
  IFNA: 'Excel 2013',
  IFS: 'Excel 2019',
  SWITCH: 'Excel 2019',
  MAXIFS: 'Excel 2019',
  MINIFS: 'Excel 2019',
  CONCAT: 'Excel 2019',
  TEXTJOIN: 'Excel 2019',
  XLOOKUP: 'Excel 2021',
  XMATCH: 'Excel 2021',
  LET: 'Excel 2021',
  FILTER: 'Excel 2021（动态数组）',
  SORT: 'Excel 2021（动态数组）',
  SORTBY: 'Excel 2021（动态数组）',
  UNIQUE: 'Excel 2021（动态数组）',
  SEQUENCE: 'Excel 2021（动态数组）',
  RANDARRAY: 'Excel 2021（动态数组）',
  LAMBDA: 'Excel 365',
  // LOOKUP is in Excel 2010, but HyperFormula cannot check it; INDEX+MATCH does the same job.
  LOOKUP: 'HyperFormula 不支持，改用 INDEX+MATCH',
};

const PORTABLE = new Set<string>(PORTABLE_FUNCTIONS);

/**
 * The function names a formula calls, upper-cased, in order of appearance.
 * String literals (`"未达标"`) and quoted sheet names (`'SUM (2)'!A1`) are skipped.
 *
 * @example functionsIn('IF(B5<$Y$5,$X$4,INDEX($X$5:$X$7,MATCH(B5,$Y$5:$Y$7,1)))') // ['IF', 'INDEX', 'MATCH']
 */
export function functionsIn(formula: string): string[] {
  const bare = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'/g, "''");
  const names: string[] = [];
  for (const m of bare.matchAll(/(?<![A-Za-z0-9_.$'!])([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)) names.push(m[1].toUpperCase());
  return names;
}

/** Function names in the formula that are not on the allow-list (empty when the formula is portable). */
export function nonPortableFunctions(formula: string): string[] {
  return [...new Set(functionsIn(formula).filter((name) => !PORTABLE.has(name)))];
}

export function isPortableFunction(name: string): name is PortableFunction {
  return PORTABLE.has(name.toUpperCase());
}
