// Bundles the command line (and with it the browser host) for plain Node, and links `kanal` into
// node_modules/.bin so `npx kanal` and tools that call node_modules/.bin/kanal find it.
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { bundleCli } from './cliBundle.mjs';

// Chunks are named by content: a fresh folder leaves no stale ones behind.
rmSync('out/cli', { recursive: true, force: true });
await bundleCli('out/cli');

mkdirSync('node_modules/.bin', { recursive: true });
rmSync('node_modules/.bin/kanal', { force: true });
symlinkSync('../../bin/kanal.mjs', 'node_modules/.bin/kanal');
