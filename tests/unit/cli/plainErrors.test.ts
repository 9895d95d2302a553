import { describe, expect, it } from 'vitest';
import { KanalError } from '../../../electron/core/errors';
import { plainMessage, plainSystemError, SYSTEM_TROUBLE } from '../../../electron/cli/plainErrors';

const systemError = (code: string, path?: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: raw system text, open '${path ?? ''}'`), { code, path, syscall: 'open' });

describe('the command line’s sentences for system errors', () => {
  it('names the file and says what to do for a permission problem and a full disk', () => {
    expect(plainSystemError(systemError('EACCES'), { file: 'blogg.xml', doing: 'read' }).message).toBe(
      'Cannot read blogg.xml: you are not allowed to use it. Check its permissions, or choose another place.',
    );
    expect(plainSystemError(systemError('ENOSPC'), { file: 'inlagg.html', doing: 'write' }).message).toBe(
      'Cannot write inlagg.html: the disk is full. Free some space and try again.',
    );
  });

  it('names the port in use', () => {
    expect(plainSystemError(systemError('EADDRINUSE'), { port: 5178 }).message).toBe(
      'Cannot serve on port 5178: another program is already using it. Give another port with --port, or --port 0 for any free one.',
    );
  });

  it('never shows a code, even for one the table does not know, or for an error met outside any command', () => {
    for (const code of [...Object.keys(SYSTEM_TROUBLE), 'EWHATEVER']) {
      const message = plainMessage(systemError(code, '/tmp/kanal.json'));
      expect(message).not.toContain(code);
      expect(message).not.toContain('raw system text');
      expect(message).toContain('/tmp/kanal.json');
    }
  });

  it('passes Kanal’s own sentences on unchanged', () => {
    expect(plainMessage(new KanalError('not-found', 'No post with id x.'))).toBe('No post with id x.');
  });
});
