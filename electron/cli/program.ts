import { Command, InvalidArgumentError, Option } from 'commander';
import { exportFormatSchema, importFormatSchema, type ExportFormat, type ImportFormat } from '../core/api';
import type { OpenLibrary } from './openLibrary';

// What a command's action reports: its exit code, or null while it keeps serving.
export type ExitCode = number | null;

const parsePort = (text: string): number => {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new InvalidArgumentError('It must be a port number (0 for any free port).');
  return port;
};

// One line per command in `kanal --help`, written from the command's own declaration (`kanal import --help` lists the choices).
const commandLine = (command: Command): string => {
  const args = command.registeredArguments.map((arg) => (arg.required ? `<${arg.name()}${arg.variadic ? '...' : ''}>` : `[${arg.name()}]`));
  const options = command.options.filter((option) => !option.hidden).map((option) => (option.mandatory ? option.flags : `[${option.flags}]`));
  return [command.name(), ...args, ...options].join(' ');
};

// Every command, its arguments and options, declared once: commander derives the parsing, the help and the usage errors.
export function kanalProgram(run: (access: 'read' | 'write', action: (library: OpenLibrary) => Promise<ExitCode>) => Promise<void>): Command {
  const program = new Command('kanal')
    .description('Kanal from the command line: list and export posts, import and read comment threads, serve the app to a browser.')
    .option('--data <file>', 'the library file (else KANAL_DATA, else kanal.json in your app data folder)')
    .configureHelp({ subcommandTerm: commandLine, showGlobalOptions: true })
    .configureOutput({ outputError: (message, write) => write(message.replace(/^error: /, 'kanal: ')) })
    .showHelpAfterError('(kanal --help lists the commands and their options)')
    .exitOverride();

  program
    .command('posts')
    .description('list posts')
    .option('--json', 'print [{id, title, status, channels, updatedAt, words}]')
    .allowExcessArguments()
    .action((options: { json?: boolean }) =>
      run('read', async (library) => (await import('./commands/posts')).postsCommand(library, { json: options.json ?? false }).then(() => 0)),
    );

  program
    .command('export')
    .description('export a post (to stdout without --out)')
    .argument('<postId>')
    .addOption(new Option('--format <format>', 'the export format').choices(exportFormatSchema.options).default('html'))
    .option('--out <file>', 'write the export to this file')
    .allowExcessArguments()
    .action((postId: string, options: { format: ExportFormat; out?: string }) =>
      run('read', async (library) => (await import('./commands/exportPost')).exportCommand(library, postId, options).then(() => 0)),
    );

  program
    .command('import')
    .description('import comment threads; exit code 1 when a file was refused')
    .argument('<file...>')
    .addOption(new Option('--format <format>', 'the files’ format').choices(importFormatSchema.options).default('auto'))
    .option('--json', 'print the import summary as JSON')
    .action((files: string[], options: { format: ImportFormat; json?: boolean }) =>
      run('write', async (library) => (await import('./commands/importFiles')).importCommand(library, files, { format: options.format, json: options.json ?? false })),
    );

  program
    .command('threads')
    .description('list comment threads')
    .option('--json', 'print [{id, title, url, postId, comments, needsReply}]')
    .allowExcessArguments()
    .action((options: { json?: boolean }) =>
      run('read', async (library) => (await import('./commands/threads')).threadsCommand(library, { json: options.json ?? false }).then(() => 0)),
    );

  program
    .command('thread')
    .description('show one thread with its comments')
    .argument('<threadId>')
    .option('--json', 'print the thread and its comments as JSON')
    .allowExcessArguments()
    .action((threadId: string, options: { json?: boolean }) =>
      run('read', async (library) => (await import('./commands/thread')).threadCommand(library, threadId, { json: options.json ?? false }).then(() => 0)),
    );

  program
    .command('serve')
    .description('browser mode on 127.0.0.1; prints the address with its token')
    .option('--port <n>', 'the port (0: any free port)', parsePort, 0)
    .allowExcessArguments()
    .action((options: { port: number }) =>
      run('write', async (library) => (await import('./commands/serve')).serveCommand(library, options).then(() => null)),
    );

  return program;
}
