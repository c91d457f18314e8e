/**
 * One-off conversion, kept for provenance: re-expresses three public lookup tables as the
 * project's own data/cameo.csv, so the product runs without ../shared.
 *
 *   CAMEO.eventcodes.txt      code → name (GDELT's lookup). Its 044 line was damaged by a bad
 *                             character-set conversion ("a Òhird Ólocation"); where a name has
 *                             non-ASCII bytes, the name from icews_cameo-codes.csv (andybega/icews,
 *                             MIT) is used instead: "Meet at a 'third' location".
 *   CAMEO.goldsteinscale.txt  code → Goldstein score
 *   CAMEO2PLOVER-2021.txt     code → PLOVER category, mode, contexts (PLOVER Draft 0.8,
 *                             17 Sep 2021, openeventdata/PLOVER, CC BY-SA 4.0)
 *
 * Mapping rules: a code listed in CAMEO2PLOVER maps as listed ("direct"). A code not listed
 * takes its nearest listed ancestor's mapping (4-digit → 3-digit → root; "inherited"). The
 * two-digit lines of CAMEO2PLOVER are section headings; a root maps to its heading's category
 * only where the heading is unique (08 heads both CONCEDE and RETREAT, so root 08 maps to none).
 * Roots 01 (statements) and 02 (appeals) are not mapped by PLOVER: "none".
 * QuadClass follows GDELT: roots 01–05 → 1, 06–09 → 2, 10–14 → 3, 15–20 → 4.
 *
 * Run: npx tsx scripts/cameo-table.ts ../shared/data/events > data/cameo.csv
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

const dir = process.argv[2] ?? '../shared/data/events';

function table(file: string, encoding: BufferEncoding): Map<string, string> {
  const lines = readFileSync(join(dir, file)).toString(encoding).split(/\r?\n/).slice(1);
  return new Map(
    lines
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const [code = '', value = ''] = line.split('\t');
        return [code.trim(), value.trim()];
      }),
  );
}

const icewsNames = new Map(
  (
    parse(readFileSync(join(dir, 'icews_cameo-codes.csv')).toString('latin1'), {
      columns: true,
    }) as { code: string; name: string }[]
  ).map((row) => [row.code, row.name]),
);
const names = new Map(
  [...table('CAMEO.eventcodes.txt', 'utf8')].map(([code, name]) => {
    if (/^[\x20-\x7e]*$/.test(name)) return [code, name];
    const replacement = icewsNames.get(code);
    if (replacement === undefined) throw new Error(`CAMEO ${code}: damaged name and no ICEWS name`);
    return [code, replacement];
  }),
);
const goldstein = table('CAMEO.goldsteinscale.txt', 'utf8');

interface Plover {
  category: string;
  mode: string;
  contexts: string[];
}
const direct = new Map<string, Plover>();
const headings = new Map<string, Set<string>>();
for (const raw of readFileSync(join(dir, 'CAMEO2PLOVER-2021.txt'), 'utf8').split(/\r?\n/)) {
  const line = raw.split('#')[0]?.trim() ?? '';
  const match = /^(\d{2,5}):\s*(.*)$/.exec(line);
  if (match === null) continue;
  const [, code = '', rest = ''] = match;
  const [category = '', mode = '', context = ''] = rest.split(',').map((part) => part.trim());
  if (code.length === 2) {
    headings.set(code, (headings.get(code) ?? new Set()).add(category));
    continue;
  }
  direct.set(code, {
    category,
    mode,
    contexts: context
      .split(';')
      .map((c) => c.trim())
      .filter((c) => c !== ''),
  });
}
for (const [root, categories] of headings) {
  const [only] = categories;
  if (categories.size === 1 && only !== undefined && !direct.has(root)) {
    direct.set(root, { category: only, mode: '', contexts: [] });
  }
}

function quadClass(code: string): number {
  const root = Number(code.slice(0, 2));
  return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
}

function mapping(code: string): { plover: Plover | undefined; how: string } {
  for (let length = code.length; length >= 2; length--) {
    const found = direct.get(code.slice(0, length));
    if (found !== undefined)
      return { plover: found, how: length === code.length ? 'direct' : 'inherited' };
  }
  return { plover: undefined, how: 'none' };
}

const csv = (value: string | number) => {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
const rows = ['code,name,goldstein,quadClass,plover,ploverMode,ploverContexts,ploverMapping'];
for (const [code, name] of [...names].sort(([a], [b]) => a.localeCompare(b))) {
  const { plover, how } = mapping(code);
  const score = goldstein.get(code);
  if (score === undefined) throw new Error(`no Goldstein score for CAMEO ${code}`);
  rows.push(
    [
      code,
      name,
      Number(score),
      quadClass(code),
      plover?.category ?? '',
      plover?.mode ?? '',
      plover?.contexts.join(';') ?? '',
      how,
    ]
      .map(csv)
      .join(','),
  );
}
process.stdout.write(`${rows.join('\n')}\n`);
