/**
 * Renders a score sheet through LibreOffice for a human to look at:
 *   node bin/run-ts.cjs scripts/render-score-sheet.ts <score.xlsx> <layout.json> <out-dir>
 * Fills every input with deterministic scores (half points, one row on each threshold,
 * a tie, a bonus over its cap), converts to PDF with soffice and to PNG with pdftoppm.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { XlsxHost } from '../src/hosts/xlsx/xlsx-host';

interface Layout { sheet: string; firstRow: number; lastRow: number; inputs: { column: string; kind: string; max?: number; options?: string[] }[] }

async function main(): Promise<void> {
  const [input, layoutFile, outDir] = process.argv.slice(2);
  if (!input || !layoutFile || !outDir) throw new Error('usage: render-score-sheet.ts <score.xlsx> <layout.json> <out-dir>');
  const layout = JSON.parse(readFileSync(layoutFile, 'utf8')) as Layout;
  const host = await XlsxHost.fromBuffer(readFileSync(input));
  const sheet = host.workbook.getWorksheet(layout.sheet)!;
  for (let row = layout.firstRow; row <= layout.lastRow; row++) {
    const i = row - layout.firstRow;
    if (i % 11 === 10) continue; // a row not yet scored
    layout.inputs.forEach((input, k) => {
      const cell = sheet.getCell(`${input.column}${row}`);
      if (input.options) cell.value = input.options[(i + k) % input.options.length];
      else if (input.kind === 'count') cell.value = (i + k) % 4;
      // Four score bands (about 100 %, 95 %, 88 %, 75 % of each maximum) so every level shows up, in half points.
      else if (input.max !== undefined) cell.value = Math.round(input.max * (1 - [0, 0.05, 0.12, 0.25][(i + Math.floor(i / 4)) % 4]) * 2) / 2;
    });
  }
  mkdirSync(outDir, { recursive: true });
  const filled = join(outDir, basename(input).replace(/\.xlsx$/, '-filled.xlsx'));
  writeFileSync(filled, await host.toBuffer());
  execFileSync('soffice', ['-env:UserInstallation=file:///tmp/lo-profile-score', '--headless', '--convert-to', 'pdf', '--outdir', outDir, filled], { stdio: 'ignore', timeout: 180000 });
  const pdf = filled.replace(/\.xlsx$/, '.pdf');
  execFileSync('pdftoppm', ['-png', '-r', '70', pdf, pdf.replace(/\.pdf$/, '')]);
  process.stdout.write(`${pdf}\n`);
}

main().catch((error: unknown) => { process.stderr.write(`${(error as Error).message}\n`); process.exitCode = 1; });
