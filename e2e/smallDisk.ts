import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstLine, projectRoot, stopProcess } from './fixtures';

// The host serving a library on a small tmpfs of its own. The tmpfs is mounted in a mount namespace only the host
// sees, so it ends with the host process: no failure of a test can leave a mount behind on the machine.
export interface SmallDiskHost {
  url: string;
  dataFile: string;
  // Runs a shell command where the host sees its files (inside its mount namespace); returns its stdout.
  shell(script: string): string;
  stop(): Promise<void>;
}

const inNamespace = (folder: string, sizeKb: number, command: string[]) => [
  '--mount',
  '--propagation',
  'private',
  'sh',
  '-c',
  'mount -t tmpfs -o size="$1" tmpfs "$2" && shift 2 && exec "$@"',
  'sh',
  `${sizeKb}k`,
  folder,
  ...command,
];

// Why a real small disk cannot be made here, or null when it can (Linux, root, unshare and tmpfs allowed).
export function smallDiskUnavailable(): string | null {
  if (process.platform !== 'linux') return `a tmpfs needs Linux, this is ${process.platform}`;
  if (process.getuid?.() !== 0) return 'mounting a tmpfs needs root';
  const folder = mkdtempSync(join(tmpdir(), 'kanal-small-disk-probe-'));
  try {
    const probe = spawnSync('unshare', inNamespace(folder, 64, ['true']), { encoding: 'utf8' });
    if (probe.error) return `unshare could not run (${probe.error.message})`;
    if (probe.status !== 0) return `this machine refuses a tmpfs in a mount namespace (${probe.stderr.trim()})`;
    return null;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export async function startOnSmallDisk(sizeKb: number): Promise<SmallDiskHost> {
  const folder = mkdtempSync(join(tmpdir(), 'kanal-small-disk-'));
  const dataFile = join(folder, 'kanal.json');
  const host = spawn(
    'unshare',
    inNamespace(folder, sizeKb, [
      process.execPath,
      join(projectRoot, 'bin', 'kanal.mjs'),
      'serve',
      '--port',
      '0',
      '--data',
      dataFile,
    ]),
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, KANAL_TEST: '1' } },
  );
  const stop = async () => {
    await stopProcess(host);
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    const url = await firstLine(host);
    const pid = String(host.pid);
    return {
      url,
      dataFile,
      shell(script) {
        const run = spawnSync('nsenter', ['--target', pid, '--mount', 'sh', '-c', script], { encoding: 'utf8' });
        if (run.status !== 0) throw new Error(`${script} failed: ${run.stderr}`);
        return run.stdout;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
