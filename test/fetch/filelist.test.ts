import { describe, expect, it } from 'vitest';
import {
  fileUrl,
  listUrls,
  parseGdelt1Lists,
  parseMasterFileList,
} from '../../src/fetch/filelist.js';

// The first lines of the real masterfilelist.txt, as printed in linwoodc3/gdeltPyR
// (notebook/earlyConceptsnFunctionality.md).
const MASTER = `150383 297a16b493de7cf6ca809a7cc31d0b93 http://data.gdeltproject.org/gdeltv2/20150218230000.export.CSV.zip
318084 bb27f78ba45f69a17ea6ed7755e9f8ff http://data.gdeltproject.org/gdeltv2/20150218230000.mentions.CSV.zip
10768507 ea8dde0beb0ba98810a92db068c0ce99 http://data.gdeltproject.org/gdeltv2/20150218230000.gkg.csv.zip
149211 2a91041d7e72b0fc6a629e2ff867b240 http://data.gdeltproject.org/gdeltv2/20150218231500.export.CSV.zip
339037 dec3f427076b716a8112b9086c342523 http://data.gdeltproject.org/gdeltv2/20150218231500.mentions.CSV.zip
`;

describe('parseMasterFileList(text, wanted)', () => {
  it('keeps the export files asked for, with size and MD5, and ignores mentions and GKG', () => {
    const wanted = new Set(['20150218230000.export.CSV.zip', '20150218231500.export.CSV.zip']);
    const entries = parseMasterFileList(MASTER, wanted);
    expect([...entries]).toEqual([
      ['20150218230000.export.CSV.zip', { size: 150383, md5: '297a16b493de7cf6ca809a7cc31d0b93' }],
      ['20150218231500.export.CSV.zip', { size: 149211, md5: '2a91041d7e72b0fc6a629e2ff867b240' }],
    ]);
  });

  it('keeps nothing it was not asked for', () => {
    expect(parseMasterFileList(MASTER, new Set(['20150218233000.export.CSV.zip'])).size).toBe(0);
  });

  it('marks a wanted file with an unreadable line as unverifiable, naming the line', () => {
    const text = `${MASTER} 297a16b493de7cf6ca809a7cc31d0b93 http://data.gdeltproject.org/gdeltv2/20150218233000.export.CSV.zip\n`;
    const entries = parseMasterFileList(text, new Set(['20150218233000.export.CSV.zip']));
    expect(entries.get('20150218233000.export.CSV.zip')?.problem).toMatch(
      /^unreadable line 6 in masterfilelist.txt: expected "size md5 url"/,
    );
  });

  it('accepts a repeated identical line but flags a file listed twice with different values', () => {
    const line = MASTER.split('\n')[0] as string;
    const wanted = new Set(['20150218230000.export.CSV.zip']);
    expect(
      parseMasterFileList(`${line}\n${line}\n`, wanted).get('20150218230000.export.CSV.zip'),
    ).toEqual({
      size: 150383,
      md5: '297a16b493de7cf6ca809a7cc31d0b93',
    });
    const changed = line.replace('150383', '150384');
    expect(
      parseMasterFileList(`${line}\n${changed}\n`, wanted).get('20150218230000.export.CSV.zip'),
    ).toEqual({
      problem: 'listed twice in masterfilelist.txt with different values (lines 1 and 2)',
    });
  });
});

describe('parseGdelt1Lists(md5sums, filesizes, wanted)', () => {
  const md5sums = [
    '0123456789abcdef0123456789abcdef  1979.zip',
    'fedcba9876543210fedcba9876543210  20130401.export.CSV.zip',
    'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa  GDELT.MASTERREDUCEDV2.1979-2013.zip',
  ].join('\n');
  const filesizes = [
    '1234 1979.zip',
    '5678 20130401.export.CSV.zip',
    '99 20130402.export.CSV.zip',
  ].join('\n');

  it('merges the coreutils-style md5sums and the size list by file name', () => {
    const wanted = new Set(['1979.zip', '20130401.export.CSV.zip']);
    expect([...parseGdelt1Lists(md5sums, filesizes, wanted)]).toEqual([
      ['1979.zip', { md5: '0123456789abcdef0123456789abcdef', size: 1234 }],
      ['20130401.export.CSV.zip', { md5: 'fedcba9876543210fedcba9876543210', size: 5678 }],
    ]);
  });

  it('cannot verify a file that has a size but no MD5', () => {
    const entries = parseGdelt1Lists(md5sums, filesizes, new Set(['20130402.export.CSV.zip']));
    expect(entries.get('20130402.export.CSV.zip')).toEqual({
      problem: 'listed in filesizes but has no MD5 in md5sums',
    });
  });

  it('reads md5sum binary-mode lines (`md5 *name`)', () => {
    const entries = parseGdelt1Lists(
      '0123456789abcdef0123456789abcdef *1980.zip\n',
      '',
      new Set(['1980.zip']),
    );
    expect(entries.get('1980.zip')).toEqual({
      md5: '0123456789abcdef0123456789abcdef',
      size: undefined,
    });
  });
});

describe('fileUrl and listUrls', () => {
  it('build URLs under the base URL, whatever slashes it ends with', () => {
    expect(fileUrl('http://mirror.example/gdelt/', 2, '20191024143000.export.CSV.zip')).toBe(
      'http://mirror.example/gdelt/gdeltv2/20191024143000.export.CSV.zip',
    );
    expect(listUrls(2, 'http://data.gdeltproject.org')).toEqual([
      'http://data.gdeltproject.org/gdeltv2/masterfilelist.txt',
    ]);
    expect(listUrls(1, 'http://data.gdeltproject.org')).toEqual([
      'http://data.gdeltproject.org/events/md5sums',
      'http://data.gdeltproject.org/events/filesizes',
    ]);
  });
});
