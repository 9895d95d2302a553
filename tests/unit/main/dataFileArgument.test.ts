import { describe, expect, it } from 'vitest';
import { dataFileArgument } from '../../../electron/main/dataFileArgument';
import { resolveDataFile } from '../../../electron/core/defaultDataFile';

describe('where the library is', () => {
  it('reads --data FILE and --data=FILE among Electron’s own arguments', () => {
    expect(dataFileArgument(['/usr/bin/electron', '.', '--data', '/tmp/a.json'])).toBe('/tmp/a.json');
    expect(dataFileArgument(['kanal', '--inspect', '--data=/tmp/b.json'])).toBe('/tmp/b.json');
    expect(dataFileArgument(['kanal'])).toBeUndefined();
  });

  it('prefers --data, then KANAL_DATA, then the per-user app data folder', () => {
    expect(resolveDataFile('/x.json', { KANAL_DATA: '/y.json' })).toBe('/x.json');
    expect(resolveDataFile(undefined, { KANAL_DATA: '/y.json' })).toBe('/y.json');
    expect(resolveDataFile(undefined, { XDG_CONFIG_HOME: '/home/a/.config' })).toMatch(/Kanal[/\\]kanal\.json$/);
    expect(resolveDataFile(undefined, {}, '/userData')).toMatch(/^[/\\]userData[/\\]kanal\.json$/);
  });

  it('has no default under test, so tests never touch the real library', () => {
    expect(() => resolveDataFile(undefined, { KANAL_TEST: '1' })).toThrow(/give the library with --data FILE/);
    expect(resolveDataFile(undefined, { KANAL_TEST: '1', KANAL_DATA: '/t.json' })).toBe('/t.json');
  });
});
