/**
 * Writes data/manifest.json, the list of bundle files and their record counts the build
 * checks the bundle against (src/data/manifest.ts): `npm run manifest`, after an intended
 * change to the data.
 */
import { PATHS } from '../src/config.js';
import { writeManifest } from '../src/data/manifest.js';

const manifest = writeManifest(PATHS.dataDir);
const files = Object.entries(manifest.files);
console.log(
  `data/manifest.json: ${files.length} files, ${files.reduce((n, [, c]) => n + c, 0)} records`,
);
