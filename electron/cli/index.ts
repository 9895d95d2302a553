import { parseArgs } from 'node:util';
import { resolveDataFile } from '../core/defaultDataFile';
import { openKanal } from '../core/openKanal';
import { CliError } from './cliError';
import { exportCommand } from './commands/exportPost';
import { importCommand } from './commands/importFiles';
import { postsCommand } from './commands/posts';
import { serveCommand } from './commands/serve';
import { threadCommand } from './commands/thread';
import { threadsCommand } from './commands/threads';

const USAGE = `Usage: kanal <command> [--data FILE]
  posts [--json]                                   list posts
  export <postId> --format html [--out FILE]       export a post
  import <file...> [--format auto|wxr|disqus|blogger|wp-html|text] [--json]
  threads [--json]                                 list comment threads
  thread <threadId> [--json]                       show one thread
  serve [--port N]                                 browser mode on 127.0.0.1`;

const WRITERS = new Set(['import', 'serve']);

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      json: { type: 'boolean', default: false },
      format: { type: 'string' },
      out: { type: 'string' },
      port: { type: 'string', default: '0' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return command || values.help ? 0 : 2;
  }
  const known = ['posts', 'export', 'import', 'threads', 'thread', 'serve'];
  if (!known.includes(command)) throw new CliError(`Unknown command "${command}".\n${USAGE}`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port must be a port number, not "${values.port}".`);
  // Listings and exports only read, so they work while the app has the library open.
  const kanal = await openKanal(resolveDataFile(values.data), { readOnly: !WRITERS.has(command) });
  if (command === 'serve') {
    await serveCommand(kanal, port);
    return -1;
  }
  try {
    switch (command) {
      case 'posts':
        postsCommand(kanal, values.json);
        return 0;
      case 'export':
        await exportCommand(kanal, rest[0], values.format ?? 'html', values.out);
        return 0;
      case 'import':
        return await importCommand(kanal, rest, values.format ?? 'auto', values.json);
      case 'threads':
        threadsCommand(kanal, values.json);
        return 0;
      default:
        await threadCommand(kanal, rest[0], values.json);
        return 0;
    }
  } finally {
    await kanal.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    const exitCode = error instanceof CliError ? error.exitCode : 1;
    process.stderr.write(`kanal: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = exitCode;
  },
);
