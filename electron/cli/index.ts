import { CommanderError } from 'commander';
import { runImportsInWorker } from '../core/import/worker/runImportsIn';
import { plainMessage } from './plainErrors';
import { kanalProgram, type ExitCode } from './program';

// `kanal import` and the browser host's imports parse in the worker the build puts beside this script.
runImportsInWorker(new URL('./importWorker.mjs', import.meta.url));

// A reader that stops early (`kanal posts --json | head`) closes the pipe: what was asked for was given, so the
// command ends quietly with the code it would have had.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
});

async function main(argv: string[]): Promise<ExitCode> {
  let exitCode: ExitCode = 0;
  const program = kanalProgram(async (access, action) => {
    // The library (and the store with it) loads only for a command, not for --help or a usage error.
    const { openLibrary } = await import('./openLibrary');
    const library = await openLibrary(program.opts<{ data?: string }>().data, access);
    try {
      exitCode = await action(library);
    } catch (error) {
      await library.closeAfterFailure();
      throw error;
    }
    // A server keeps the library open until it stops; a command that failed leaves no new library behind.
    if (exitCode === 0) await library.close();
    else if (exitCode !== null) await library.closeAfterFailure();
  });
  await program.parseAsync(argv, { from: 'user' });
  return exitCode;
}

// Usage errors (commander has already said what is wrong) exit 2; refused input and failures exit 1.
const exitCodeOf = (error: unknown): number => {
  if (error instanceof CommanderError)
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
  return 1;
};

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== null) process.exitCode = code;
  },
  (error: unknown) => {
    if (!(error instanceof CommanderError)) process.stderr.write(`kanal: ${plainMessage(error)}\n`);
    process.exitCode = exitCodeOf(error);
  },
);
