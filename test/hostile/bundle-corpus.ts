/**
 * The hostile bundle corpus (issue 14): damage done to a copy of the bundled data, each case an
 * operation on one file with what `fineline build` must do — refuse, naming the file (and the
 * line where there is one) with a message, leaving the database as it was; or accept and build
 * the same records. `npx tsx scripts/hostile-corpus.ts` writes it to test/hostile/
 * bundle.cases.json, which test/hostile/bundle.test.ts runs.
 */

export type BundleOp =
  | { op: 'delete'; path: string }
  | { op: 'empty'; path: string }
  /** Keep the first `lines` lines. */
  | { op: 'truncate'; path: string; lines: number }
  | { op: 'rename'; path: string; to: string }
  | { op: 'copy'; path: string; to: string }
  /** Replace the first occurrence of `find` (UTF-8 text) with `replace`. */
  | { op: 'replace'; path: string; find: string; replace: string }
  /** Put bytes (hex) in place of the first occurrence of `find`. */
  | { op: 'bytes'; path: string; find: string; hex: string }
  | { op: 'append'; path: string; text: string }
  | { op: 'prepend-hex'; path: string; hex: string }
  | { op: 'crlf'; path: string }
  | { op: 'write'; path: string; text: string };

export interface BundleCase {
  id: string;
  ops: BundleOp[];
  expect: 'refuse' | 'accept';
  /** For refusals: the file named (relative to the data folder's parent, e.g. data/x.csv). */
  file?: string;
  /** A regular expression the refusal's problem for that file must match. */
  message?: string;
  /** For refusals: the line named, when the problem has one. */
  line?: number;
  why: string;
}

const EPISODE = 'episodes/E2019-GSOMIA-TERMINATION.yaml';
const CHRONOLOGY = 'chronology/1990s.csv';
const ACTS = 'us-acts/2010s.csv';

const MISSING = 'missing: data/manifest.json lists it with \\d+ records';
const RECORDS = 'holds \\d+ records, but data/manifest.json says \\d+';

/** A YAML "billion laughs": nine levels of aliases of aliases. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'bcdefghi';
  for (let i = 0; i < names.length; i++) {
    const prev = i === 0 ? 'a' : (names[i - 1] as string);
    lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

export function bundleCases(): BundleCase[] {
  const refuse = (
    id: string,
    ops: BundleOp[],
    file: string,
    message: string,
    why: string,
    line?: number,
  ): BundleCase => ({
    id,
    ops,
    expect: 'refuse',
    file: `data/${file}`,
    message,
    ...(line === undefined ? {} : { line }),
    why,
  });
  const accept = (id: string, ops: BundleOp[], why: string): BundleCase => ({
    id,
    ops,
    expect: 'accept',
    why,
  });
  return [
    // What the manifest catches: files gone, emptied, cut short, misnamed or new.
    refuse(
      'delete-chronology',
      [{ op: 'delete', path: CHRONOLOGY }],
      CHRONOLOGY,
      MISSING,
      'a deleted chronology file left 440 of 542 events',
    ),
    refuse(
      'empty-chronology',
      [{ op: 'empty', path: CHRONOLOGY }],
      CHRONOLOGY,
      RECORDS,
      'an emptied chronology file',
    ),
    refuse(
      'header-only-chronology',
      [{ op: 'truncate', path: CHRONOLOGY, lines: 1 }],
      CHRONOLOGY,
      RECORDS,
      'a chronology file cut to its header',
    ),
    refuse(
      'truncated-chronology',
      [{ op: 'truncate', path: CHRONOLOGY, lines: 40 }],
      CHRONOLOGY,
      RECORDS,
      'a row-truncated chronology file left 390 events',
    ),
    refuse(
      'delete-leaders',
      [{ op: 'delete', path: 'context/leaders.csv' }],
      'context/leaders.csv',
      MISSING,
      'no leaders',
    ),
    refuse(
      'empty-leaders',
      [{ op: 'empty', path: 'context/leaders.csv' }],
      'context/leaders.csv',
      RECORDS,
      'an emptied leaders.csv left no leaders',
    ),
    refuse(
      'truncated-troops',
      [{ op: 'truncate', path: 'commitment/troops.csv', lines: 60 }],
      'commitment/troops.csv',
      RECORDS,
      'half the troop series',
    ),
    refuse('delete-acts', [{ op: 'delete', path: ACTS }], ACTS, MISSING, 'a decade of US acts'),
    refuse(
      'delete-instruments',
      [{ op: 'delete', path: 'instruments.csv' }],
      'instruments.csv',
      MISSING,
      'no instrument histories',
    ),
    refuse(
      'delete-episode',
      [{ op: 'delete', path: EPISODE }],
      EPISODE,
      MISSING,
      'one episode fewer',
    ),
    refuse(
      'episode-as-yml',
      [{ op: 'rename', path: EPISODE, to: 'episodes/E2019-GSOMIA-TERMINATION.yml' }],
      'episodes/E2019-GSOMIA-TERMINATION.yml',
      'not a bundle file: the build reads only \\.yaml files in data/episodes/',
      'an episode saved as .yml was ignored',
    ),
    refuse(
      'episode-as-YAML',
      [{ op: 'rename', path: EPISODE, to: 'episodes/E2019-GSOMIA-TERMINATION.YAML' }],
      'episodes/E2019-GSOMIA-TERMINATION.YAML',
      'not a bundle file',
      'an upper-case extension',
    ),
    refuse(
      'stray-file',
      [{ op: 'write', path: 'episodes/notes.txt', text: 'to do\n' }],
      'episodes/notes.txt',
      'not a bundle file',
      'a file the build would ignore',
    ),
    refuse(
      'new-chronology-file',
      [{ op: 'copy', path: CHRONOLOGY, to: 'chronology/1990s-copy.csv' }],
      'chronology/1990s-copy.csv',
      'not in data/manifest.json',
      'a file the manifest does not know (and duplicate ids)',
    ),
    refuse(
      'delete-manifest',
      [{ op: 'delete', path: 'manifest.json' }],
      'manifest.json',
      "cannot read the bundle's manifest",
      'no manifest: nothing to check against',
    ),
    refuse(
      'broken-manifest',
      [{ op: 'write', path: 'manifest.json', text: '{"files": ' }],
      'manifest.json',
      "cannot read the bundle's manifest",
      'a manifest that is not JSON',
    ),
    refuse(
      'delete-triad',
      [{ op: 'delete', path: 'triad.yaml' }],
      'triad.yaml',
      'cannot read the file \\(ENOENT\\)',
      'the triad definition',
    ),
    // What reading catches: bytes, syntax, aliases.
    refuse(
      'invalid-utf8-episode',
      [{ op: 'bytes', path: EPISODE, find: 'Esper', hex: '45ff' }],
      EPISODE,
      'not valid UTF-8 text',
      'invalid UTF-8 became U+FFFD',
      undefined,
    ),
    refuse(
      'invalid-utf8-chronology',
      [{ op: 'bytes', path: CHRONOLOGY, find: 'Roh Tae-woo', hex: 'c3' }],
      CHRONOLOGY,
      'not valid UTF-8 text',
      'a lone lead byte',
      2,
    ),
    refuse(
      'alias-bomb',
      [{ op: 'write', path: EPISODE, text: aliasBomb() }],
      EPISODE,
      'YAML aliases \\(\\*name\\) are not allowed',
      'a YAML alias bomb crashed with a raw ReferenceError',
    ),
    refuse(
      'yaml-syntax',
      [{ op: 'append', path: EPISODE, text: 'notes: "unclosed\n' }],
      EPISODE,
      '^YAML syntax',
      'an unterminated string',
    ),
    refuse(
      'unknown-field',
      [{ op: 'append', path: EPISODE, text: 'colour: red\n' }],
      EPISODE,
      'colour',
      'a field the schema does not have',
    ),
    refuse(
      'id-not-file-name',
      [
        {
          op: 'replace',
          path: EPISODE,
          find: 'id: E2019-GSOMIA-TERMINATION',
          replace: 'id: E2019-GSOMIA-OTHER',
        },
      ],
      EPISODE,
      'named after the episode id',
      'an id that does not match its file',
    ),
    // What the schemas and the rules between records catch, by file and line.
    refuse(
      'impossible-date',
      [
        {
          op: 'replace',
          path: CHRONOLOGY,
          find: 'C19900524-01,1990-05-24',
          replace: 'C19900524-01,1990-02-30',
        },
      ],
      CHRONOLOGY,
      'date',
      'the 30th of February',
      2,
    ),
    refuse(
      'unknown-actor',
      [
        {
          op: 'replace',
          path: CHRONOLOGY,
          find: 'C19900524-01,1990-05-24,day,KOR',
          replace: 'C19900524-01,1990-05-24,day,XYZ',
        },
      ],
      CHRONOLOGY,
      'unknown actor XYZ',
      'an actor not in actors.yaml',
      2,
    ),
    refuse(
      'unknown-cameo',
      [{ op: 'replace', path: CHRONOLOGY, find: 'day,KOR,JPN,042,', replace: 'day,KOR,JPN,999,' }],
      CHRONOLOGY,
      'unknown CAMEO event code 999',
      'a code not in cameo.csv',
      2,
    ),
    refuse(
      'duplicate-id',
      [{ op: 'replace', path: CHRONOLOGY, find: 'C19900524-02,', replace: 'C19900524-01,' }],
      CHRONOLOGY,
      'duplicate event id',
      'two rows with one id',
      3,
    ),
    refuse(
      'extra-field',
      [
        {
          op: 'replace',
          path: CHRONOLOGY,
          find: 'day,KOR,JPN,042,',
          replace: 'day,KOR,JPN,042,extra,',
        },
      ],
      CHRONOLOGY,
      'expected 14 fields, found 15',
      'an unquoted comma',
      2,
    ),
    refuse(
      'unterminated-quote',
      [
        {
          op: 'append',
          path: CHRONOLOGY,
          text: 'C19991231-99,1999-12-31,day,KOR,JPN,042,"never closed\n',
        },
      ],
      CHRONOLOGY,
      '^CSV syntax',
      'a quote never closed',
    ),
    refuse(
      'act-level-5',
      [{ op: 'replace', path: ACTS, find: ',executive,', replace: ',executive,BAD,' }],
      ACTS,
      'expected 17 fields|level|type',
      'a shifted act row',
    ),
    refuse(
      'episode-level-above-acts',
      [{ op: 'replace', path: EPISODE, find: 'usInvolvement: 4', replace: 'usInvolvement: 2' }],
      EPISODE,
      'consistency rule 24',
      'an episode level that is not its highest act',
    ),
    // What must still build, with the same records.
    accept(
      'crlf-chronology',
      [{ op: 'crlf', path: CHRONOLOGY }],
      'CRLF line endings are the same rows',
    ),
    accept(
      'bom-chronology',
      [{ op: 'prepend-hex', path: CHRONOLOGY, hex: 'efbbbf' }],
      'a UTF-8 byte-order mark is not data',
    ),
    accept('crlf-episode', [{ op: 'crlf', path: EPISODE }], 'a YAML file with CRLF endings'),
    accept(
      'markdown-note',
      [{ op: 'write', path: 'episodes/README.md', text: '# Notes\n' }],
      'documentation beside the data is not read',
    ),
  ];
}
