// `node scripts/build-stamp.mjs begin|end|fresh`: out/ remembers a digest of what the build was made from, so a
// step after `npm run build` (the benchmarks, the corpus suite) can skip building again when nothing changed.
// `begin` takes the digest as the build starts (an edit made during the build makes the stamp stale), `end` keeps
// it once the whole build has succeeded, and `fresh` exits 0 only when out/ was built from the sources as they are.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Everything the build reads besides node_modules, which package-lock.json stands for.
const BUILD_INPUTS = [
  'electron',
  'renderer',
  'resources',
  'scripts',
  'bin',
  'electron.vite.config.ts',
  'package.json',
  'package-lock.json',
  ...readdirSync('.').filter((name) => /^tsconfig.*\.json$/.test(name)),
];
const STAMP = join('out', 'build-stamp');
const PENDING = `${STAMP}.pending`;

function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true })
    .map((name) => join(path, String(name)))
    .filter((file) => statSync(file).isFile());
}

function sourceDigest() {
  const hash = createHash('sha256');
  for (const file of BUILD_INPUTS.flatMap(filesUnder).sort()) {
    hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const readStamp = () => (existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : '');

const command = process.argv[2];
if (command === 'begin') {
  rmSync(STAMP, { force: true });
  mkdirSync('out', { recursive: true });
  writeFileSync(PENDING, `${sourceDigest()}\n`);
} else if (command === 'end') {
  renameSync(PENDING, STAMP);
} else if (command === 'fresh') {
  process.exit(readStamp() === sourceDigest() ? 0 : 1);
} else {
  console.error('usage: node scripts/build-stamp.mjs begin|end|fresh');
  process.exit(2);
}
