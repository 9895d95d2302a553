import { KanalError } from '../errors';

// What a failing disk means for the author, by the error code the system gives.
const DISK_TROUBLE: Record<string, string> = {
  ENOSPC: 'The disk is full',
  EDQUOT: 'The disk quota is used up',
  EIO: 'The disk reported a read or write error',
  EROFS: 'The disk is read-only',
  EPERM: 'Kanal is not allowed to use that file or folder',
  EACCES: 'Kanal is not allowed to use that file or folder',
  EMFILE: 'Too many files are open',
};

const ADVICE: Record<string, string> = {
  ENOSPC: 'Free some space and try again.',
  EDQUOT: 'Free some space and try again.',
  EIO: 'Check the disk, then try again.',
  EROFS: 'Choose a writable place for the library.',
  EPERM: 'Check the permissions of the folder.',
  EACCES: 'Check the permissions of the folder.',
  EMFILE: 'Close some programs and try again.',
};

// Turns a file-system failure into a sentence ("The disk is full: … could not be saved. …"); other errors pass unchanged.
export function storageError(error: unknown, what: string): unknown {
  if (error instanceof KanalError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const trouble = code ? DISK_TROUBLE[code] : undefined;
  if (!code || !trouble) return error;
  return new KanalError('storage', `${trouble}: ${what}. ${ADVICE[code] ?? ''}`.trim());
}
