import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKanal } from '../../../electron/core/openKanal';
import { bundleCli } from '../../../scripts/cliBundle.mjs';
import { testDeps } from '../../helpers/tempLibrary';

// Packages that parse, sanitize, diff, search or know the editor's schema: a listing needs none of them.
const HEAVY_PACKAGES = [
  'happy-dom',
  'sanitize-html',
  'htmlparser2',
  'domhandler',
  'saxes',
  '@tiptap',
  'prosemirror-model',
  'prosemirror-markdown',
  'diff',
  'minisearch',
  'yaml',
];

let folder = '';
let kanalScript = '';
let preload = '';
let dataFile = '';
let postId = '';

beforeAll(async () => {
  // Inside the project, so the bundle finds its packages in node_modules; out/ is not there before the first build.
  const out = join(import.meta.dirname, '..', '..', '..', 'out');
  mkdirSync(out, { recursive: true });
  folder = mkdtempSync(join(out, 'cli-loads-test-'));
  await bundleCli(join(folder, 'cli'));
  kanalScript = join(folder, 'cli', 'kanal.mjs');
  // A loader hook that notes every module the command loads, in the file the test names.
  writeFileSync(
    join(folder, 'noteLoads.mjs'),
    "import { appendFileSync } from 'node:fs';\n" +
      'export async function load(url, context, next) {\n' +
      '  appendFileSync(process.env.LOADS_FILE, `${url}\\n`);\n' +
      '  return next(url, context);\n' +
      '}\n',
  );
  preload = join(folder, 'preload.mjs');
  writeFileSync(
    preload,
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(folder, 'noteLoads.mjs')).href)});\n`,
  );
  dataFile = join(folder, 'library', 'kanal.json');
  const kanal = await openKanal(dataFile, { deps: testDeps() });
  const post = await kanal.services.posts.create({ title: 'Kanaler' });
  postId = post.id;
  await kanal.services.posts.save({
    id: post.id,
    doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Tre ord här' }] }] },
  });
  await kanal.close();
}, 120_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// Runs the bundled command; answers what it printed and the packages it loaded.
function runKanal(args: string[]): { stdout: string; packages: string[] } {
  const loadsFile = join(folder, `loads-${args[0] ?? ''}-${Date.now()}.txt`);
  const stdout = execFileSync(process.execPath, ['--import', pathToFileURL(preload).href, kanalScript, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LOADS_FILE: loadsFile },
  });
  const packages = readFileSync(loadsFile, 'utf8')
    .split('\n')
    .map((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1])
    .filter((name): name is string => name !== undefined);
  return { stdout, packages: [...new Set(packages)] };
}

const heavyAmong = (packages: string[]) =>
  packages.filter((name) => HEAVY_PACKAGES.some((heavy) => name === heavy || name.startsWith(`${heavy}/`)));

describe('what a command loads', () => {
  it('kanal posts --json lists the posts without loading a parser, a sanitizer, the editor schema or the diff', () => {
    const { stdout, packages } = runKanal(['posts', '--json', '--data', dataFile]);
    expect(JSON.parse(stdout)).toEqual([expect.objectContaining({ id: postId, title: 'Kanaler', words: 3 })]);
    expect(heavyAmong(packages)).toEqual([]);
  });

  it('kanal posts --json on a library not made yet loads none of them either', () => {
    const { stdout, packages } = runKanal(['posts', '--json', '--data', join(folder, 'none', 'kanal.json')]);
    expect(JSON.parse(stdout)).toEqual([]);
    expect(heavyAmong(packages)).toEqual([]);
  });

  it('an export loads the editor schema it writes the post with', () => {
    const { stdout, packages } = runKanal(['export', postId, '--format', 'md', '--data', dataFile]);
    expect(stdout).toContain('Tre ord här');
    expect(heavyAmong(packages)).toContain('prosemirror-model');
  });
});
