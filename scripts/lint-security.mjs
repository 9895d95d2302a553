// npm run lint:security: Electron's security checks (@doyensec/electronegativity) over the built app.
// Electronegativity exits 0 whatever it finds, so its findings are read here and any at the configured severity
// or above fails the run. Its own CLI cannot start beside commander 14, so it is called through its JavaScript API.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const config = JSON.parse(readFileSync(join(root, 'electronegativity.config.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const SEVERITY = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };

const input = join(root, config.scan);
if (!existsSync(join(input, 'main', 'index.js')) || !existsSync(join(input, 'renderer', 'index.html'))) {
  console.error(`lint:security: ${config.scan}/ holds no built app; run \`npm run build\` first.`);
  process.exit(1);
}
const failAt = SEVERITY[config.failAt];
if (failAt === undefined) throw new Error(`electronegativity.config.json: unknown failAt "${config.failAt}"`);
const off = Object.keys(config.off);
for (const [check, reason] of Object.entries(config.off)) {
  if (typeof reason !== 'string' || reason.trim().length < 20)
    throw new Error(`${check} is turned off without a reason`);
}

const run = require('@doyensec/electronegativity');
const result = await run({
  input,
  isSarif: false,
  customScan: [],
  excludeFromScan: off,
  isRelative: true,
  isVerbose: false,
  parserPlugins: [],
  // The version Kanal pins, not a guess from the scanned folder.
  electronVersionOverride: pkg.devDependencies.electron.replace(/^[^\d]*/, ''),
});

const level = (issue) => SEVERITY[issue.severity?.name] ?? SEVERITY.HIGH;
const line = (issue) =>
  `  ${issue.severity?.name ?? '?'} ${issue.id} ${issue.file}:${issue.location?.line ?? 0} ${issue.description ?? ''}`;
const failing = result.issues.filter((issue) => level(issue) >= failAt);
const below = result.issues.filter((issue) => level(issue) < failAt);

console.log(
  `lint:security: ${result.globalChecks + result.atomicChecks} electronegativity checks over ${config.scan}/, ` +
    `${off.length} turned off (${off.join(', ')}): ${failing.length} findings at ${config.failAt} or above, ${below.length} below.`,
);
for (const issue of below) console.log(line(issue));
// A file it could not parse is a file it did not check.
for (const error of result.errors)
  console.error(`  could not scan ${error.file}: ${error.message ?? error.error ?? ''}`);
for (const issue of failing) console.error(line(issue));
if (failing.length > 0 || result.errors.length > 0) process.exit(1);
