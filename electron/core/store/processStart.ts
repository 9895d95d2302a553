import { readFileSync } from 'node:fs';

const readOr = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

// When a process started, as "<boot id>:<start in clock ticks since boot>" (field 22 of /proc/<pid>/stat),
// so a pid reused later, or after a reboot, is told apart from the process that wrote a lock.
// Null where the system does not tell (macOS, Windows): callers then rely on the pid alone.
export function processStart(pid: number): string | null {
  const stat = readOr(`/proc/${pid}/stat`);
  const boot =
    readOr('/proc/sys/kernel/random/boot_id')?.trim() ?? /^btime (\d+)$/m.exec(readOr('/proc/stat') ?? '')?.[1];
  if (!stat || !boot) return null;
  // Field 2 is the command name in parentheses and may itself hold spaces or ")": count from after the last ")".
  const ticks = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  return ticks && /^\d+$/.test(ticks) ? `${boot}:${ticks}` : null;
}
