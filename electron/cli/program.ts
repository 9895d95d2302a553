import { Command, InvalidArgumentError, Option } from 'commander';
import {
  exportFormatSchema,
  importFormatSchema,
  PICTURE_EMBEDDING_FORMATS,
  type ExportFormat,
  type ImportFormat,
} from '../core/api';
import { KanalError } from '../core/errors';
import { postStatusSchema, type PostStatus } from '../core/shared/schema';
import type { ExportCommandOptions } from './commands/exportPost';
import type { ReplyContent } from './commands/reply';
import type { OpenLibrary } from './openLibrary';
import { readNamedFile } from './readableFile';
import { commandLine, showUsageAfterErrors } from './usage';

interface ExportFlags {
  format: string;
  withThread?: boolean;
  repliesOnly?: boolean;
  pingbacks?: boolean;
  pending?: boolean;
  stylesheet: boolean;
  embedImages?: boolean;
  all?: boolean;
  status?: PostStatus;
  channel?: string;
  out?: string;
}

const exportOptions = (format: ExportFormat, flags: ExportFlags): ExportCommandOptions => ({
  format,
  withThread: flags.withThread ?? false,
  repliesOnly: flags.repliesOnly ?? false,
  pingbacks: flags.pingbacks ?? false,
  pending: flags.pending ?? false,
  stylesheet: flags.stylesheet,
  embedImages: flags.embedImages ?? false,
  all: flags.all ?? false,
  ...(flags.status ? { status: flags.status } : {}),
  ...(flags.channel ? { channel: flags.channel } : {}),
  ...(flags.out ? { out: flags.out } : {}),
});

// What a command's action reports: its exit code, or null while it keeps serving.
export type ExitCode = number | null;

const parsePort = (text: string): number => {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535)
    throw new InvalidArgumentError('It must be a port number (0 for any free port).');
  return port;
};

// Exactly one of --text and --html-file (commander refuses both); the file is read before the library opens.
async function replyContent(options: { text?: string; htmlFile?: string }, command: Command): Promise<ReplyContent> {
  if (options.htmlFile !== undefined) return { html: (await readNamedFile(options.htmlFile)).toString('utf8') };
  if (options.text !== undefined) return { text: options.text };
  return command.error('kanal: give the reply with --text or --html-file', { code: 'kanal.missingOption' });
}

// Every command, its arguments and options, declared once: commander derives the parsing, the help and the usage errors.
export function kanalProgram(
  run: (access: 'read' | 'write', action: (library: OpenLibrary) => Promise<ExitCode>) => Promise<void>,
): Command {
  const program = new Command('kanal')
    .description(
      'Kanal from the command line: list and export posts, import and read comment threads, answer readers, search, serve the app to a browser.',
    )
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
      run('read', async (library) =>
        (await import('./commands/posts')).postsCommand(library, { json: options.json ?? false }).then(() => 0),
      ),
    );

  program
    .command('export')
    .description('export posts: one to stdout or --out FILE; several, or --all, into the folder --out DIR')
    .argument('[postId...]')
    .option('--format <format>', `the export format: ${exportFormatSchema.options.join(', ')}`, 'html')
    .option('--with-thread', 'include the comments, with your finished replies under them')
    .option('--replies-only', 'wxr: only your finished replies, for a post WordPress already has')
    .option('--pingbacks', 'include pingbacks and trackbacks')
    .option('--pending', 'include comments awaiting moderation')
    .option('--no-stylesheet', 'html: leave out the page’s own stylesheet')
    .option(
      '--embed-images',
      `${PICTURE_EMBEDDING_FORMATS.join(', ')}: put the pictures inside the file instead of writing them to images/ beside it`,
    )
    .option('--all', 'every post, or with --status and --channel those that have them')
    .addOption(new Option('--status <status>', 'with --all: posts with this status').choices(postStatusSchema.options))
    .option('--channel <code>', 'with --all: posts with this channel')
    .option('--out <path>', 'the file to write (one post) or the folder (several)')
    .action((postIds: string[], options: ExportFlags, command: Command) => {
      const format = exportFormatSchema.safeParse(options.format);
      // An unknown format is refused input (exit 1, one line), not a usage error.
      if (!format.success)
        throw new KanalError(
          'unknown-format',
          `Kanal cannot export to "${options.format}": choose ${exportFormatSchema.options.join(', ')}.`,
        );
      if (options.all && postIds.length > 0)
        command.error('kanal: give post ids or --all, not both', { code: 'kanal.conflictingOptions' });
      if (!options.all && postIds.length === 0)
        command.error('kanal: give the post ids to export, or --all', { code: 'kanal.missingArgument' });
      if (!options.all && (options.status || options.channel))
        command.error('kanal: --status and --channel go with --all', { code: 'kanal.missingOption' });
      if ((options.all || postIds.length > 1) && !options.out)
        command.error('kanal: several posts go into a folder: give it with --out DIR', { code: 'kanal.missingOption' });
      return run('read', async (library) =>
        (await import('./commands/exportPost'))
          .exportCommand(library, postIds, exportOptions(format.data, options))
          .then(() => 0),
      );
    });

  program
    .command('import')
    .description('import comment threads; exit code 1 when a file was refused')
    .argument('<file...>')
    .addOption(new Option('--format <format>', 'the files’ format').choices(importFormatSchema.options).default('auto'))
    .option('--json', 'print the import summary as JSON')
    .action((files: string[], options: { format: ImportFormat; json?: boolean }) =>
      run('write', async (library) =>
        (await import('./commands/importFiles')).importCommand(library, files, {
          format: options.format,
          json: options.json ?? false,
        }),
      ),
    );

  program
    .command('threads')
    .description('list comment threads')
    .option('--json', 'print [{id, title, url, postId, comments, needsReply}]')
    .allowExcessArguments()
    .action((options: { json?: boolean }) =>
      run('read', async (library) =>
        (await import('./commands/threads')).threadsCommand(library, { json: options.json ?? false }).then(() => 0),
      ),
    );

  program
    .command('thread')
    .description('show one thread with its comments')
    .argument('<threadId>')
    .option('--json', 'print the thread and its comments as JSON')
    .allowExcessArguments()
    .action((threadId: string, options: { json?: boolean }) =>
      run('read', async (library) =>
        (await import('./commands/thread'))
          .threadCommand(library, threadId, { json: options.json ?? false })
          .then(() => 0),
      ),
    );

  program
    .command('queue')
    .description('list every comment that needs a reply, newest first')
    .option('--json', 'print [{threadId, commentId, postId, author: {name}, date, text}]')
    .option('--oldest', 'oldest first')
    .allowExcessArguments()
    .action((options: { json?: boolean; oldest?: boolean }) =>
      run('read', async (library) =>
        (await import('./commands/queue'))
          .queueCommand(library, { json: options.json ?? false, oldest: options.oldest ?? false })
          .then(() => 0),
      ),
    );

  program
    .command('reply')
    .description('reply to a comment (a draft unless --done)')
    .argument('<threadId>')
    .argument('<commentId>')
    .addOption(new Option('--text <text>', 'the reply as plain text').conflicts('htmlFile'))
    .addOption(new Option('--html-file <file>', 'the reply as HTML, sanitized like imported comments'))
    .option('--done', 'save it as finished, not as a draft')
    .option('--json', 'print {id, status}')
    .allowExcessArguments()
    .action(
      async (
        threadId: string,
        commentId: string,
        options: { text?: string; htmlFile?: string; done?: boolean; json?: boolean },
        command: Command,
      ) => {
        const content = await replyContent(options, command);
        return run('write', async (library) =>
          (await import('./commands/reply'))
            .replyCommand(library, threadId, commentId, content, {
              done: options.done ?? false,
              json: options.json ?? false,
            })
            .then(() => 0),
        );
      },
    );

  program
    .command('mark')
    .description('mark a comment as needing no reply, or as needing one again')
    .argument('<threadId>')
    .argument('<commentId>')
    .addOption(new Option('--no-reply-needed', 'it wants no answer').conflicts('needsReply'))
    .addOption(new Option('--needs-reply', 'it wants an answer after all'))
    .allowExcessArguments()
    .action((threadId: string, commentId: string, options: { needsReply?: boolean }, command: Command) => {
      // --no-reply-needed is commander's negation of `replyNeeded`: only its source says it was given.
      const noReplyNeeded = command.getOptionValueSource('replyNeeded') === 'cli';
      if (!noReplyNeeded && !options.needsReply)
        command.error('kanal: give --no-reply-needed or --needs-reply', { code: 'kanal.missingOption' });
      return run('write', async (library) =>
        (await import('./commands/mark')).markCommand(library, threadId, commentId, noReplyNeeded).then(() => 0),
      );
    });

  program
    .command('search')
    .description('search posts, comments and replies, best first')
    .argument('<query>')
    .option('--json', 'print [{kind, id, threadId, postId, title, snippet, score}]')
    .allowExcessArguments()
    .action((query: string, options: { json?: boolean }) =>
      run('read', async (library) =>
        (await import('./commands/search'))
          .searchCommand(library, query, { json: options.json ?? false })
          .then(() => 0),
      ),
    );

  program
    .command('backups')
    .description('list the snapshots of the library, newest first')
    .option('--json', 'print [{id, createdAt, bytes, posts, comments}]')
    .allowExcessArguments()
    .action((options: { json?: boolean }) =>
      run('read', async (library) =>
        (await import('./commands/backups')).backupsCommand(library, { json: options.json ?? false }).then(() => 0),
      ),
    );

  program
    .command('restore')
    .description(
      'put a backup back (the library as it is is backed up first); refused while another process has it open',
    )
    .argument('<backupId>')
    .allowExcessArguments()
    .action((backupId: string) =>
      run('write', async (library) =>
        (await import('./commands/backups')).restoreCommand(library, backupId).then(() => 0),
      ),
    );

  program
    .command('serve')
    .description('browser mode on 127.0.0.1; prints the address with its token')
    .option('--port <n>', 'the port (0: any free port)', parsePort, 0)
    .allowExcessArguments()
    .action((options: { port: number }) =>
      run('write', async (library) =>
        (await import('./commands/serve')).serveCommand(library, options).then(() => null),
      ),
    );

  showUsageAfterErrors(program);
  return program;
}
