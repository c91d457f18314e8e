/**
 * One-off conversion, kept for provenance: the research tables of record v2 (research/, each
 * with its search log and README) into the bundled data files the build reads. Run from the
 * repository root: `npx tsx scripts/record-v2.ts`. It writes:
 *
 * - data/context/polls.csv — the v1 rows kept with their sources, the missing years added,
 *   every row given its series (codebook §13);
 * - data/commitment/troops.csv and events.csv (codebook §8);
 * - data/context/nk-provocations.csv, with severity by the §12 anchors;
 * - data/context/china-series.csv;
 * - data/instruments.csv (codebook §4.1).
 *
 * Column renames and vocabulary mappings are written out below, so every change between the
 * research rows and the data files can be read here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

type Row = Record<string, string>;

const read = (path: string): Row[] =>
  parse(readFileSync(path, 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Row[];

function csv(columns: readonly string[], rows: readonly Record<string, string | number | null>[]) {
  const cell = (value: string | number | null | undefined) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `${[columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\n')}\n`;
}

/** Research dates are YYYY, YYYY-MM or YYYY-MM-DD; data files write the first day. */
function day(date: string, precision: string): string {
  if (precision === 'year' || /^\d{4}$/.test(date)) return `${date.slice(0, 4)}-01-01`;
  if (precision === 'month' || /^\d{4}-\d{2}$/.test(date)) return `${date.slice(0, 7)}-01`;
  return date;
}

function precisionOf(date: string, precision: string): string {
  if (/^\d{4}$/.test(date)) return 'year';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  return precision === '' ? 'day' : precision;
}

/** A source date as ISO, or empty when the research gave only a year or nothing. */
function sourceDate(text: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : '';
}

/** Notes keep the research's evidence excerpt, so each row shows what its source says. */
function notes(row: Row): string {
  const parts = [row.evidence ? `Source says: "${row.evidence}"` : '', row.notes ?? ''];
  return parts.filter((p) => p !== '').join(' — ');
}

function source(row: Row) {
  return {
    sourcePublisher: row.source_publisher ?? '',
    sourceTitle: row.source_title ?? '',
    sourceDate: sourceDate(row.source_date ?? ''),
    sourceUrl: row.source_url ?? '',
  };
}

// Polls ----------------------------------------------------------------------------------

const POLL_SERIES = (row: Row): { series: string; breakNote: string } => {
  const year = Number(row.year);
  if (row.pollster.startsWith('Cabinet Office')) {
    if (year >= 2020) {
      return {
        series: 'cabinet-office-diplomacy-mail',
        breakNote:
          'From 2020 the survey is by mail, not personal interview; the Cabinet Office and NHK say results are not directly comparable with 2019 and earlier.',
      };
    }
    if (year >= 2017) {
      return {
        series: 'cabinet-office-diplomacy-interview-18',
        breakNote: 'From 2017 the sample is adults 18 and over (20 and over before).',
      };
    }
    return { series: 'cabinet-office-diplomacy-interview-20', breakNote: '' };
  }
  if (year === 2024) {
    return {
      series: 'eai-korea-web-survey',
      breakNote:
        '2024: the East Asia Institute alone, Korean respondents only, by web panel (face-to-face before); no Japanese-side survey was found.',
    };
  }
  if (year >= 2025) {
    return {
      series: 'eai-api-kei-survey',
      breakNote:
        '2025: the Japanese partner changed from Genron NPO to the Asia Pacific Initiative, with the Korea Economic Institute of America; online in both countries.',
    };
  }
  if (row.respondents === 'KOR' && year >= 2020) {
    return {
      series: 'genron-eai-joint-survey-kor-18',
      breakNote:
        'Korean respondents 18 and over from 2020 (19 and over before; the year of the change, 2019 or 2020, is not confirmed).',
    };
  }
  return { series: 'genron-eai-joint-survey', breakNote: '' };
};

const POLL_COLUMNS = [
  'year',
  'pollster',
  'respondents',
  'measure',
  'value',
  'series',
  'breakNote',
  'sourcePublisher',
  'sourceTitle',
  'sourceDate',
  'sourceUrl',
  'confidence',
];

function polls(): void {
  const kept = read('data/context/polls.csv');
  const researched = read('research/context/polls.csv');
  const key = (r: Row) => `${r.year}|${r.respondents}|${r.measure}`;
  const have = new Set(kept.map(key));
  for (const row of kept) {
    const other = researched.find((r) => key(r) === key(row));
    if (other !== undefined && Number(other.value) !== Number(row.value)) {
      throw new Error(`poll ${key(row)}: ${row.value} in the record, ${other.value} in research`);
    }
  }
  const added = researched
    .filter((r) => !have.has(key(r)))
    .map((r) => ({
      year: r.year,
      pollster: r.pollster,
      respondents: r.respondents,
      measure: r.measure,
      value: r.value,
      ...source(r),
      confidence: r.confidence,
    }));
  const all = [...kept, ...added].sort(
    (a, b) =>
      a.pollster.localeCompare(b.pollster) ||
      Number(a.year) - Number(b.year) ||
      a.respondents.localeCompare(b.respondents) ||
      a.measure.localeCompare(b.measure),
  );
  const first = new Set<string>();
  const rows = all.map((r) => {
    const { series, breakNote } = POLL_SERIES(r);
    const opening = !first.has(`${series}|${r.respondents}`);
    first.add(`${series}|${r.respondents}`);
    return { ...r, series, breakNote: opening ? breakNote : '' };
  });
  writeFileSync('data/context/polls.csv', csv(POLL_COLUMNS, rows));
  console.log(`polls: ${kept.length} kept, ${added.length} added`);
}

// Commitment -----------------------------------------------------------------------------

const TROOP_COLUMNS = [
  'year',
  'ally',
  'troops',
  'basis',
  'includesOkinawa',
  'primary',
  'sourcePublisher',
  'sourceTitle',
  'sourceDate',
  'sourceUrl',
  'confidence',
  'notes',
];

/**
 * The series value of a year (research/commitment/README.md, "Recommended basis"): the DMDC
 * September report's country total, Japan with the Ryukyu line added before 1973, the Total
 * Active Duty line from 2008; Kane's and press figures are second sources.
 */
function isPrimary(row: Row): boolean {
  const basis = row.basis;
  if (row.ally === 'JPN' && Number(row.year) <= 1973)
    return row.includes_okinawa === 'yes' && basis.startsWith('Sum of DMDC');
  return (
    basis.startsWith('DMDC September 30 report, country total') ||
    basis.startsWith('DMDC September 30 location report, Total Active Duty') ||
    basis.startsWith('DMDC September 30 report, total incl. afloat') ||
    basis.startsWith('DMDC September 30 report, total (ashore')
  );
}

function commitment(): void {
  const troops = read('research/commitment/troops.csv').map((r) => ({
    year: r.year,
    ally: r.ally,
    troops: r.troops,
    basis: r.basis,
    includesOkinawa: r.includes_okinawa === 'n/a' ? '' : r.includes_okinawa,
    primary: isPrimary(r) ? 'yes' : 'no',
    ...source(r),
    confidence: r.confidence,
    notes: notes(r),
  }));
  // A year with no DMDC row of its own (2003–04) takes Kane's figure, as the README says.
  for (const t of troops) {
    const year = troops.filter((o) => o.year === t.year && o.ally === t.ally);
    if (!year.some((o) => o.primary === 'yes') && t.basis.startsWith('Kane')) t.primary = 'yes';
  }
  const primaries = new Map<string, number>();
  for (const t of troops) {
    if (t.primary === 'yes') {
      const k = `${t.year}|${t.ally}`;
      primaries.set(k, (primaries.get(k) ?? 0) + 1);
    }
  }
  for (const ally of ['KOR', 'JPN']) {
    for (let year = 1965; year <= 2025; year++) {
      const n = primaries.get(`${year}|${ally}`) ?? 0;
      if (n !== 1) throw new Error(`troops ${ally} ${year}: ${n} primary rows`);
    }
  }
  writeFileSync('data/commitment/troops.csv', csv(TROOP_COLUMNS, troops));
  const events = read('research/commitment/commitment-events.csv').map((r) => {
    const branch = /candidate|former|Congress|Senate|House/i.test(r.us_actor)
      ? 'other'
      : 'executive';
    return {
      date: day(r.date, r.date_precision),
      datePrecision: precisionOf(r.date, r.date_precision),
      ally: r.ally,
      direction: r.direction,
      kind: r.kind,
      summary: r.summary,
      actor: r.us_actor,
      branch: /Congress|Senate|House/i.test(r.us_actor) ? 'congress' : branch,
      ...source(r),
      confidence: r.confidence,
      notes: notes(r),
    };
  });
  events.sort((a, b) => a.date.localeCompare(b.date));
  writeFileSync(
    'data/commitment/events.csv',
    csv(
      [
        'date',
        'datePrecision',
        'ally',
        'direction',
        'kind',
        'summary',
        'actor',
        'branch',
        'sourcePublisher',
        'sourceTitle',
        'sourceDate',
        'sourceUrl',
        'confidence',
        'notes',
      ],
      events,
    ),
  );
  console.log(`commitment: ${troops.length} troop rows, ${events.length} events`);
}

// North Korean provocations and China's series --------------------------------------------

/** Codebook §12's anchors, from the research columns. */
function severity(row: Row): { severity: number; severityBasis: string } {
  const deaths = row.deaths === '' ? null : Number(row.deaths);
  const text = `${row.summary} ${row.notes}`.toLowerCase();
  if (row.kind === 'assassination' && /president|prime minister|head of state/.test(text)) {
    return { severity: 3, severityBasis: 'an attack on a head of state or government' };
  }
  if (deaths !== null && deaths >= 10) {
    return { severity: 3, severityBasis: `${deaths} dead on the target side (ten or more)` };
  }
  if (row.kind === 'nuclear-crisis' && /npt/.test(text) && /withdraw/.test(text)) {
    return { severity: 3, severityBasis: 'a nuclear crisis declared by the DPRK (NPT withdrawal)' };
  }
  if (deaths !== null && deaths >= 1) {
    return { severity: 2, severityBasis: `${deaths} dead on the target side` };
  }
  if (row.kind === 'naval-clash' || row.kind === 'attack') {
    return { severity: 2, severityBasis: "an armed engagement with the target's forces" };
  }
  if (row.kind === 'seizure' && /ship|vessel|aircraft|plane|pueblo/.test(text)) {
    return { severity: 2, severityBasis: 'the seizure of a state ship or aircraft' };
  }
  return { severity: 1, severityBasis: 'none of the anchors of severity 2 or 3 is met' };
}

function provocations(): void {
  const rows = read('research/context/nk-provocations.csv').map((r) => ({
    date: day(r.date, r.date_precision),
    datePrecision: precisionOf(r.date, r.date_precision),
    kind: r.kind,
    summary: r.summary,
    deaths: r.deaths,
    target: ['KOR', 'JPN', 'USA'].includes(r.target_country) ? r.target_country : 'other',
    ...severity(r),
    ...source(r),
    confidence: r.confidence,
    notes: notes(r),
  }));
  writeFileSync(
    'data/context/nk-provocations.csv',
    csv(
      [
        'date',
        'datePrecision',
        'kind',
        'summary',
        'deaths',
        'target',
        'severity',
        'severityBasis',
        'sourcePublisher',
        'sourceTitle',
        'sourceDate',
        'sourceUrl',
        'confidence',
        'notes',
      ],
      rows,
    ),
  );
  console.log(`provocations: ${rows.length}`);
}

/** Research series ids → kebab-case names; the period form is kept as published. */
function china(): void {
  const rows = read('research/context/china-series.csv').map((r) => ({
    series: r.series.toLowerCase().replaceAll('_', '-'),
    period: r.period,
    value: r.value,
    unit: r.unit,
    definition: r.definition,
    ...source(r),
    confidence: r.confidence,
    notes: notes(r),
  }));
  writeFileSync(
    'data/context/china-series.csv',
    csv(
      [
        'series',
        'period',
        'value',
        'unit',
        'definition',
        'sourcePublisher',
        'sourceTitle',
        'sourceDate',
        'sourceUrl',
        'confidence',
        'notes',
      ],
      rows,
    ),
  );
  console.log(`china: ${rows.length}`);
}

const run = process.argv[2] ?? 'all';
if (run === 'all' || run === 'polls') polls();
if (run === 'all' || run === 'commitment') commitment();
if (run === 'all' || run === 'provocations') provocations();
if (run === 'all' || run === 'china') china();
