// `npm start`: the Electron app where its binary exists or can be fetched; otherwise the same app in a browser.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const passThrough = process.argv.slice(2);

function electronBinary() {
  const folder = join(process.cwd(), 'node_modules', 'electron');
  const pathFile = join(folder, 'path.txt');
  if (!existsSync(pathFile)) {
    // Electron 45 downloads its binary on first use; a failed download leaves no path.txt behind.
    const fetched = spawnSync(process.execPath, [join(folder, 'install.js')], { stdio: 'ignore', timeout: 120_000 });
    if (fetched.status !== 0 || !existsSync(pathFile)) return null;
  }
  const binary = join(folder, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function canStart(binary) {
  const probe = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return probe.status === 0;
}

const binary = electronBinary();
if (binary && canStart(binary)) {
  const child = spawn(binary, ['.', ...passThrough], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    `Electron cannot start on this machine (${binary ? 'its binary does not run' : 'its binary is not installed and could not be downloaded'}); serving the same app in your browser instead.`,
  );
  const port = process.env.PORT ?? '5178';
  const child = spawn(
    process.execPath,
    [require.resolve('../bin/kanal.mjs'), 'serve', '--port', port, ...passThrough],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  child.stdout.on('data', (chunk) => {
    for (const line of String(chunk).split('\n').filter(Boolean)) console.log(`Open ${line}`);
  });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}
