import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';

// LibreOffice reads a CSV file back cell for cell: the way a user's spreadsheet sees our output.
// Needs `soffice` (Debian: apt-get install libreoffice-calc-nogui, which .ci/run installs).

export const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

export interface Cell {
  type: string;
  value: string | undefined;
  text: string;
  /** The formula LibreOffice made of the cell, if it made one. */
  formula: string | undefined;
}

/** Converts a UTF-8 CSV with LibreOffice headless (comma, double quote) and returns its rows of cells. */
export function csvCells(csv: string, workDir: string): Cell[][] {
  const conv = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${path.join(workDir, 'lo-profile')}`, '--headless',
      '--infilter=CSV:44,34,76,1', '--convert-to', 'fods', '--outdir', workDir, csv],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (conv.status !== 0) throw new Error(`soffice failed: ${conv.stderr}`);
  const fods = path.join(workDir, path.basename(csv).replace(/\.csv$/, '.fods'));
  const $ = cheerio.load(fs.readFileSync(fods, 'utf8'), { xml: true });
  const sheet: Cell[][] = [];
  $('table\\:table-row').each((_, row) => {
    const cells: Cell[] = [];
    $(row).children('table\\:table-cell').each((_, cell) => {
      const c = $(cell);
      const n = Number(c.attr('table:number-columns-repeated') ?? 1);
      for (let i = 0; i < n; i++) {
        cells.push({ type: c.attr('office:value-type') ?? '', value: c.attr('office:value'), text: c.find('text\\:p').text(), formula: c.attr('table:formula') });
      }
    });
    sheet.push(cells);
  });
  return sheet;
}
