// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
let libraryOnHost = '/lib/a.json';
const existing = new Set(['p1', 'p2']);
vi.mock('../../../renderer/lib/api', () => ({
  api: {
    library: {
      status: vi.fn(async () => {
        calls.push('library.status');
        await new Promise((resolve) => setTimeout(resolve, 5));
        return { dataFile: libraryOnHost, notices: [] };
      }),
    },
    posts: {
      get: vi.fn(async ({ id }: { id: string }) => {
        calls.push(`posts.get ${id}`);
        if (!existing.has(id)) throw new Error('not found');
        return { id, title: `Post ${id}` };
      }),
    },
  },
}));

const load = async () => {
  vi.resetModules();
  const remembered = await import('../../../renderer/features/editor/rememberedPost');
  const startup = await import('../../../renderer/features/editor/startupPost');
  return { ...remembered, ...startup };
};

beforeEach(() => {
  localStorage.clear();
  calls.length = 0;
  libraryOnHost = '/lib/a.json';
});

describe('the post opened at start', () => {
  it('is asked for beside the library, not after it, and its copy is handed over once', async () => {
    const { rememberPost, rememberLastLibrary, startupLibrary, takeStartupCopy } = await load();
    rememberLastLibrary('/lib/a.json');
    rememberPost('/lib/a.json', { postId: 'p2', from: 3, to: 5 });
    const startup = startupLibrary();
    expect(calls).toEqual(['posts.get p2', 'library.status']);
    expect(await startup).toEqual({ dataFile: '/lib/a.json', remembered: { postId: 'p2', from: 3, to: 5 } });
    await expect(takeStartupCopy('p2')).resolves.toMatchObject({ id: 'p2' });
    expect(takeStartupCopy('p2')).toBeNull();
  });

  it('opens nothing when the remembered post is gone', async () => {
    const { rememberPost, rememberLastLibrary, startupLibrary } = await load();
    rememberLastLibrary('/lib/a.json');
    rememberPost('/lib/a.json', { postId: 'gone', from: 1, to: 1 });
    expect(await startupLibrary()).toEqual({ dataFile: '/lib/a.json', remembered: null });
  });

  it('never opens the post of the library the window had before in another one', async () => {
    const { rememberPost, rememberLastLibrary, startupLibrary, takeStartupCopy } = await load();
    rememberPost('/lib/a.json', { postId: 'p1', from: 1, to: 1 });
    rememberPost('/lib/b.json', { postId: 'p2', from: 1, to: 1 });
    rememberLastLibrary('/lib/a.json');
    libraryOnHost = '/lib/b.json';
    expect((await startupLibrary()).remembered?.postId).toBe('p2');
    expect(takeStartupCopy('p1')).toBeNull();
  });

  it('gives no copy once another post has been opened first', async () => {
    const { rememberPost, rememberLastLibrary, startupLibrary, takeStartupCopy } = await load();
    rememberLastLibrary('/lib/a.json');
    rememberPost('/lib/a.json', { postId: 'p2', from: 1, to: 1 });
    const startup = startupLibrary();
    expect(takeStartupCopy('p1')).toBeNull();
    await startup;
    expect(takeStartupCopy('p2')).toBeNull();
  });
});
