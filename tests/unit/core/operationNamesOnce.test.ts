import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { operationNames } from '../../../electron/core/api';

const projectRoot = join(import.meta.dirname, '..', '..', '..');
const CONTRACT = 'electron/core/api.ts';
// The files that write handlers out by hand: there a name may be a handler's key, and nothing else.
const HANDLER_FILES = ['electron/core/handlers.ts', 'electron/main/desktopTransport.ts'];

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const quotedName = new RegExp(`(['"\`])(${operationNames.map(escape).join('|')})\\1(\\s*:)?`, 'g');

// Line comments may speak of an operation; code may not.
const withoutComments = (source: string): string => source.replace(/(^|\s)\/\/.*$/gm, '$1');

// Each operation name written as a string in `source`, and whether it is written as an object key.
const namesIn = (source: string): { name: string; key: boolean }[] =>
  [...withoutComments(source).matchAll(quotedName)].map((match) => ({
    name: match[2] ?? '',
    key: match[3] !== undefined,
  }));

const sourceFiles = (folder: string): string[] =>
  readdirSync(join(projectRoot, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|cts)$/.test(entry.name) ? [path] : [];
  });

describe('every operation is named in the contract and nowhere else', () => {
  it('finds names written as strings, and tells handler keys from other uses', () => {
    expect(namesIn(`dispatch(handlers, 'posts.save', input)`)).toEqual([{ name: 'posts.save', key: false }]);
    expect(namesIn(`{ "settings.save": async (input) => input }`)).toEqual([{ name: 'settings.save', key: true }]);
    expect(namesIn(`t('posts.untitled'); const posts = 'posts'; // calls \`posts.save\``)).toEqual([]);
    expect(namesIn(`fetch('http://127.0.0.1/api/' + "threads.get")`)).toEqual([{ name: 'threads.get', key: false }]);
  });

  it('names no operation in electron/ outside api.ts, except as a handler written out by hand', () => {
    const files = sourceFiles('electron').filter((file) => file !== CONTRACT);
    expect(files.length).toBeGreaterThan(50);
    const strays = files.flatMap((file) =>
      namesIn(readFileSync(join(projectRoot, file), 'utf8'))
        .filter((found) => !(found.key && HANDLER_FILES.includes(file)))
        .map((found) => `${relative(projectRoot, join(projectRoot, file))}: ${found.name}`),
    );
    expect(strays).toEqual([]);
  });

  it('has the contract name each operation once', () => {
    const contract = namesIn(readFileSync(join(projectRoot, CONTRACT), 'utf8'));
    expect(contract.map((found) => found.name).sort()).toEqual([...operationNames].sort());
  });
});
