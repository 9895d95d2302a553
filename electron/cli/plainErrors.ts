import { KanalError } from '../core/errors';

// What the command was doing when the system said no: with a file (or folder), or with a port.
export type Subject = { file: string; doing: 'read' | 'write' | 'open' } | { port: number };

interface Trouble {
  // Why, after "Cannot read x.xml: ".
  reason: string;
  // What to do about it, one sentence.
  advice: string;
}

// Every system error code a command can meet, in words: the one table every command's messages come from.
export const SYSTEM_TROUBLE: Readonly<Record<string, Trouble>> = {
  ENOENT: { reason: 'there is no such file or folder', advice: 'Check the name and the folder, then try again.' },
  EISDIR: { reason: 'it is a folder, not a file', advice: 'Give the name of a file inside it.' },
  ENOTDIR: { reason: 'a part of its path is a file, not a folder', advice: 'Check the path, then try again.' },
  EACCES: { reason: 'you are not allowed to use it', advice: 'Check its permissions, or choose another place.' },
  EPERM: { reason: 'you are not allowed to use it', advice: 'Check its permissions, or choose another place.' },
  EROFS: { reason: 'the disk is read-only', advice: 'Choose a place on a writable disk.' },
  ENOSPC: { reason: 'the disk is full', advice: 'Free some space and try again.' },
  EDQUOT: { reason: 'your disk quota is used up', advice: 'Free some space and try again.' },
  EIO: { reason: 'the disk reported a read or write error', advice: 'Check the disk, then try again.' },
  EMFILE: { reason: 'too many files are open', advice: 'Close some programs and try again.' },
  ENFILE: { reason: 'too many files are open', advice: 'Close some programs and try again.' },
  ENAMETOOLONG: { reason: 'its name is too long', advice: 'Choose a shorter name or path.' },
  EEXIST: { reason: 'something of that name is in the way', advice: 'Move it away or choose another name.' },
  EBUSY: { reason: 'another program is using it', advice: 'Close that program and try again.' },
  EADDRINUSE: {
    reason: 'another program is already using it',
    advice: 'Give another port with --port, or --port 0 for any free one.',
  },
  EADDRNOTAVAIL: { reason: 'this computer cannot serve on 127.0.0.1', advice: 'Check the network settings.' },
};

const UNKNOWN: Trouble = { reason: 'the system refused', advice: 'Try again; if it keeps failing, check the disk.' };

const codeOf = (error: unknown): string | undefined => {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

// Whether an error comes from the system (an errno code) rather than from Kanal itself.
export const isSystemError = (error: unknown): boolean => {
  const code = codeOf(error);
  return error instanceof Error && !(error instanceof KanalError) && code !== undefined && /^E[A-Z]+$/.test(code);
};

const opening = (subject: Subject): string =>
  'port' in subject ? `Cannot serve on port ${subject.port}` : `Cannot ${subject.doing} ${subject.file}`;

// One plain sentence (and what to do) for a system error met while doing something with a file or a port.
export function plainSystemError(error: unknown, subject: Subject): KanalError {
  const code = codeOf(error);
  const trouble = (code && SYSTEM_TROUBLE[code]) || UNKNOWN;
  return new KanalError('system', `${opening(subject)}: ${trouble.reason}. ${trouble.advice}`);
}

// The message a command prints for any error: Kanal's own as they are, a system error as a sentence, never a code.
export function plainMessage(error: unknown): string {
  if (error instanceof KanalError) return error.message;
  if (isSystemError(error)) {
    const path = (error as NodeJS.ErrnoException).path;
    return plainSystemError(error, { file: path ?? 'a file', doing: 'open' }).message;
  }
  return error instanceof Error ? error.message : String(error);
}
