// `--data FILE` or `--data=FILE` anywhere on the command line (Electron adds its own arguments around ours).
export function dataFileArgument(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--data') return argv[i + 1];
    if (arg.startsWith('--data=')) return arg.slice('--data='.length);
  }
  return undefined;
}
