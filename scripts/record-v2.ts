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
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { writeManifest } from '../src/data/manifest.js';

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

// Instruments ---------------------------------------------------------------------------

/** Research instrument names → the codebook's closed list (§4). */
const INSTRUMENT_IDS: readonly [RegExp, string][] = [
  [/GSOMIA/, 'gsomia'],
  [/ACSA/, 'other-security'],
  [/^TISA/, 'tisa'],
  [/^TCOG/, 'tcog'],
  [/^KEDO/, 'kedo'],
  [/real-time missile warning data/, 'missile-warning-data-sharing'],
  [/^ROK-Japan (search and rescue|naval review|coast guard)/, 'defence-exchanges'],
  [
    /trilateral search and rescue|Pacific Dragon|Freedom Edge|missile warning \/ BMD/,
    'trilateral-exercises',
  ],
  [/vice foreign ministerial|vice-ministerial/, 'trilateral-ministerial'],
  [/annual trilateral summits/, 'trilateral-summit'],
  [/Camp David|Security Cooperation Framework|Secretariat/, 'camp-david-commitments'],
];

const RECURRING = new Set([
  'trilateral-exercises',
  'trilateral-summit',
  'trilateral-ministerial',
  'defence-exchanges',
]);

/**
 * Research states → §4.1 states. Recurring activities have occurrences: an exercise, meeting or
 * summit `in-force`, `signed` or `renewed` in the research is `held`.
 */
function instrumentState(id: string, state: string): string {
  if (state === 'exercise-held') return 'held';
  if (state === 'exercise-cancelled') return 'cancelled';
  if (RECURRING.has(id) && ['in-force', 'signed', 'renewed'].includes(state)) return 'held';
  return state;
}

/**
 * Rows the research did not have but the record's episodes cite, from those episodes' own
 * checked sources (so each is as sourced as the episode).
 */
const ADDED_STATES: Record<string, string>[] = [
  {
    instrument: 'security-linked-aid',
    date: '1981-01-01',
    datePrecision: 'year',
    state: 'proposed',
    summary:
      'Seoul asks Tokyo for a $6 billion loan for its five-year plan, as a contribution to regional security; Japan turns it down as excessive and partly for defence.',
    sourcePublisher: 'The Christian Science Monitor',
    sourceTitle: "Japan's 'no' on aid stirs South Korean resentment",
    sourceDate: '1981-09-29',
    sourceUrl: 'https://www.csmonitor.com/1981/0929/092930.html',
    confidence: 'verified',
    notes:
      'Source says: "Japan has turned a deaf ear to Seoul\'s request for a $6 billion loan to help finance South Korea\'s next five-year development plan." The request was made in 1981, before September; its day is not given.',
  },
  {
    instrument: 'security-linked-aid',
    date: '1983-01-11',
    datePrecision: 'day',
    state: 'signed',
    summary:
      "Nakasone's state visit to Seoul caps the loan negotiation: Japan grants a $4 billion package of low-interest loans.",
    sourcePublisher: 'The Christian Science Monitor',
    sourceTitle: "Japan's Nakasone explores common ground with Korea",
    sourceDate: '1983-01-13',
    sourceUrl: 'https://www.csmonitor.com/1983/0113/011348.html',
    confidence: 'unverified',
    notes:
      'The visit began on 11 January 1983 (episode E1983-CHUN-NAKASONE). The $4 billion figure is given by the Library of Congress country study (South Korea, data as of June 1990: "Chun was able to obtain a US$4 billion low-interest loan"); that the package was agreed during the visit is not stated there in so many words.',
  },
  {
    instrument: 'trilateral-summit',
    date: '2014-03-25',
    datePrecision: 'day',
    state: 'held',
    summary:
      'Obama meets Park Geun-hye and Abe together in The Hague, on the margins of the Nuclear Security Summit.',
    sourcePublisher: 'The American Presidency Project (UCSB)',
    sourceTitle:
      'Remarks Prior to a Meeting With President Park Geun-hye of South Korea and Prime Minister Shinzo Abe of Japan in The Hague, Netherlands',
    sourceDate: '2014-03-25',
    sourceUrl:
      'https://www.presidency.ucsb.edu/documents/remarks-prior-meeting-with-president-park-geun-hye-south-korea-and-prime-minister-shinzo',
    confidence: 'verified',
    notes: 'Episode E2014-HAGUE-TRILATERAL.',
  },
  {
    instrument: 'trilateral-summit',
    date: '2022-11-13',
    datePrecision: 'day',
    state: 'held',
    summary:
      'Biden, Kishida and Yoon meet in Phnom Penh and issue the Phnom Penh Statement on Trilateral Partnership for the Indo-Pacific.',
    sourcePublisher: 'The Hankyoreh',
    sourceTitle: 'Yoon, Biden, Kishida adopt comprehensive joint statement on N. Korea',
    sourceDate: '2022-11-14',
    sourceUrl: 'https://english.hani.co.kr/arti/english_edition/e_international/1067184.html',
    confidence: 'verified',
    notes: 'Episode E2022-PHNOM-PENH-SUMMITS.',
  },
  {
    instrument: 'trilateral-summit',
    date: '2023-08-18',
    datePrecision: 'day',
    state: 'held',
    summary: 'Biden hosts Yoon and Kishida at Camp David, the first stand-alone trilateral summit.',
    sourcePublisher: 'Vote Smart (White House transcript)',
    sourceTitle:
      'Remarks by President Biden, President Yoon Suk Yeol of the Republic of Korea, and Prime Minister Kishida Fumio of Japan in Joint Press Conference',
    sourceDate: '2023-08-18',
    sourceUrl:
      'http://votesmart.org/public-statement/1658296/remarks-by-president-biden-president-yoon-suk-yeol-of-the-republic-of-korea-and-prime-minister-kishida-fumio-of-japan-in-joint-press-conference',
    confidence: 'verified',
    notes: 'Episode E2023-CAMP-DAVID.',
  },
];

const INSTRUMENT_COLUMNS = [
  'instrument',
  'date',
  'datePrecision',
  'state',
  'summary',
  'sourcePublisher',
  'sourceTitle',
  'sourceDate',
  'sourceUrl',
  'confidence',
  'notes',
];

function instruments(): void {
  const rows = read('research/context/instrument-states.csv').map((r) => {
    const found = INSTRUMENT_IDS.find(([pattern]) => pattern.test(r.instrument));
    if (found === undefined) throw new Error(`instrument not mapped: ${r.instrument}`);
    const id = found[1];
    const named = id === 'other-security' ? `${r.instrument}. ` : '';
    return {
      instrument: id,
      date: day(r.date, r.date_precision),
      datePrecision: precisionOf(r.date, r.date_precision),
      state: instrumentState(id, r.state),
      summary: r.summary,
      ...source(r),
      confidence: r.confidence,
      notes: `${named}${notes(r)}`,
    };
  });
  const all = [...rows, ...ADDED_STATES].sort(
    (a, b) =>
      (a.instrument ?? '').localeCompare(b.instrument ?? '') ||
      (a.date ?? '').localeCompare(b.date ?? ''),
  );
  writeFileSync('data/instruments.csv', csv(INSTRUMENT_COLUMNS, all));
  console.log(`instruments: ${rows.length} researched, ${ADDED_STATES.length} added`);
}

// The 50 v1 episodes: kinds, escalation at the trigger, and their acts ---------------------

const ACT_COLUMNS = [
  'id',
  'date',
  'datePrecision',
  'actor',
  'branch',
  'target',
  'type',
  'level',
  'episode',
  'summary',
  'quote',
  'sourcePublisher',
  'sourceTitle',
  'sourceDate',
  'sourceUrl',
  'confidence',
  'notes',
];

/**
 * Writes the acts, one CSV per decade, in date order. An act keeps its id when it has one
 * that no earlier row took (ids are cited in episode files); the others get the next free
 * A<date>-NN of their day.
 */
function writeActs(acts: Record<string, string>[]): void {
  acts.sort(
    (a, b) =>
      (a.date ?? '').localeCompare(b.date ?? '') ||
      (a.id === '' ? 1 : 0) - (b.id === '' ? 1 : 0) ||
      (a.id ?? '').localeCompare(b.id ?? '') ||
      (a.actor ?? '').localeCompare(b.actor ?? ''),
  );
  const taken = new Set<string>();
  for (const act of acts) {
    const day = (act.date ?? '').replaceAll('-', '');
    if (
      act.id === undefined ||
      act.id === '' ||
      taken.has(act.id) ||
      !act.id.startsWith(`A${day}-`)
    ) {
      let n = 1;
      while (taken.has(`A${day}-${String(n).padStart(2, '0')}`)) n++;
      act.id = `A${day}-${String(n).padStart(2, '0')}`;
    }
    taken.add(act.id);
  }
  const decades = new Map<string, Record<string, string>[]>();
  for (const act of acts) {
    const decade = `${(act.date ?? '').slice(0, 3)}0s`;
    decades.set(decade, [...(decades.get(decade) ?? []), act]);
  }
  mkdirSync('data/us-acts', { recursive: true });
  for (const [decade, rows] of decades) {
    writeFileSync(`data/us-acts/${decade}.csv`, csv(ACT_COLUMNS, rows));
  }
  console.log(`acts: ${acts.length} in ${decades.size} files`);
}

/** The acts already in the record, as written. */
function recordedActs(): Record<string, string>[] {
  const names = readdirSync('data/us-acts').filter((n) => n.endsWith('.csv'));
  return names.flatMap((name) => read(`data/us-acts/${name}`));
}

/** Acts in the data files' columns (new dispute episodes' researchers wrote them so). */
function actsFrom(path: string): Record<string, string>[] {
  return read(path).map((r) => Object.fromEntries(ACT_COLUMNS.map((c) => [c, r[c] ?? ''])));
}

/** Adds the acts of `paths` to the record, leaving out rows it already holds. */
function addActs(paths: readonly string[]): void {
  const acts = recordedActs();
  const key = (a: Record<string, string>) => `${a.date}|${a.actor}|${a.episode}|${a.summary}`;
  const have = new Set(acts.map(key));
  let added = 0;
  for (const path of paths) {
    for (const act of actsFrom(path)) {
      if (have.has(key(act))) continue;
      have.add(key(act));
      acts.push(act);
      added++;
    }
  }
  console.log(`acts: ${added} added from ${paths.join(', ')}`);
  writeActs(acts);
  writeManifest('data');
  console.log('data/manifest.json rewritten');
}

function actRow(r: Row, episode: string): Record<string, string> {
  return {
    id: '',
    date: day(r.date ?? '', r.datePrecision ?? r.date_precision ?? ''),
    datePrecision: precisionOf(r.date ?? '', r.datePrecision ?? r.date_precision ?? ''),
    actor: r.actor ?? r.us_actor ?? '',
    branch: r.branch ?? '',
    target: r.target ?? '',
    type: r.type ?? r.act_type ?? '',
    level: r.branch === 'executive' ? (r.level ?? r.proposed_level ?? '') : '',
    episode,
    summary: r.summary ?? '',
    quote: r.quote ?? '',
    sourcePublisher: r.sourcePublisher ?? r.source_publisher ?? '',
    sourceTitle: r.sourceTitle ?? r.source_title ?? '',
    sourceDate: sourceDate(r.sourceDate ?? r.source_date ?? ''),
    sourceUrl: r.sourceUrl ?? r.source_url ?? '',
    confidence: r.confidence ?? '',
    notes: notes(r),
  };
}

/** The v1 episodes' acts, extracted from each episode's US response (research/episode-acts/). */
function episodeActs(): Record<string, string>[] {
  return read('research/episode-acts/acts.csv').map((r) => actRow(r, r.episode ?? ''));
}

/**
 * The v1 episodes re-examined (research/episode-acts/kinds.csv, escalation-at-trigger.csv):
 * the kind as §2.1 now defines it, and escalation at the trigger (§5.1), written into each
 * episode file, with the act behind the value in its notes.
 */
function episodes(): void {
  const kinds = new Map(read('research/episode-acts/kinds.csv').map((r) => [r.episode ?? '', r]));
  for (const r of read('research/episode-acts/escalation-at-trigger.csv')) {
    const file = `data/episodes/${r.episode}.yaml`;
    let text = readFileSync(file, 'utf8');
    const kind = kinds.get(r.episode ?? '');
    if (kind !== undefined && kind.newKind !== kind.oldKind) {
      text = text.replace(/^kind: .*$/m, `kind: ${kind.newKind}`);
      text = appendNote(
        text,
        `Kind ${kind.newKind} (v1: ${kind.oldKind}), rule ${kind.rule}: ${kind.why}`,
      );
    }
    if (!/^escalationAtTrigger:/m.test(text)) {
      text = text.replace(
        /^(escalation: \d)$/m,
        `$1\nescalationAtTrigger: ${r.escalationAtTrigger}`,
      );
      if (r.act) {
        const source = r.sourceTitle
          ? `${r.sourcePublisher}, "${r.sourceTitle}"`
          : r.sourcePublisher;
        text = appendNote(
          text,
          `Escalation at the trigger ${r.escalationAtTrigger} (§5.1, ${r.confidence}): ${r.act} (${r.actDate}; ${source}).`,
        );
      }
    }
    writeFileSync(file, text);
  }
  console.log('episodes: kinds and escalation at the trigger written');
}

/** Adds a sentence to an episode's `notes` (a folded block at the end of the file). */
function appendNote(text: string, sentence: string): string {
  const folded = sentence.replace(/\s+/g, ' ').trim();
  if (/^notes: >-$/m.test(text)) return `${text.trimEnd()}\n  ${folded}\n`;
  return `${text.trimEnd()}\nnotes: >-\n  ${folded}\n`;
}

/**
 * Codebook §6 as clarified in v2: `escalated` needs a rise after the trigger. A dispute coded
 * `escalated` whose level never rose (escalation = escalationAtTrigger) is a `stalemate`.
 */
function outcomes(): void {
  let changed = 0;
  for (const name of readdirSync('data/episodes').filter((n) => n.endsWith('.yaml'))) {
    const file = `data/episodes/${name}`;
    let text = readFileSync(file, 'utf8');
    const peak = /^escalation: (\d)$/m.exec(text)?.[1];
    const atTrigger = /^escalationAtTrigger: (\d)$/m.exec(text)?.[1];
    if (!/^outcome: escalated$/m.test(text) || peak === undefined || peak !== atTrigger) continue;
    text = text.replace(/^outcome: escalated$/m, 'outcome: stalemate');
    text = appendNote(
      text,
      `Outcome stalemate, not escalated: the level did not rise after the trigger (escalation ${peak} at the trigger and at the peak), codebook §6 as clarified in v2.`,
    );
    writeFileSync(file, text);
    changed++;
  }
  console.log(`outcomes: ${changed} episodes recoded escalated → stalemate`);
}

const run = process.argv[2] ?? 'all';
if (run === 'all' || run === 'polls') polls();
if (run === 'all' || run === 'commitment') commitment();
if (run === 'all' || run === 'provocations') provocations();
if (run === 'all' || run === 'china') china();
if (run === 'all' || run === 'instruments') instruments();
if (run === 'episodes') episodes();
if (run === 'acts') writeActs([...episodeActs()]);
if (run === 'add-acts') addActs(process.argv.slice(3));
if (run === 'outcomes') outcomes();
