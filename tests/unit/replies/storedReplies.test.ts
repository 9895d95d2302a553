import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../electron/core/shared/schema';
import { useReopenableKanal } from '../../helpers/useReopenableKanal';

const temp = useReopenableKanal();

const at = '2024-05-01T10:00:00.000Z';
const comment = (id: string) => ({
  id,
  externalId: id,
  parentId: null,
  author: { name: `Läsare ${id}` },
  date: at,
  status: 'approved',
  kind: 'comment',
  orphan: false,
  byAuthorSource: false,
  byAuthorOverride: null,
  html: `<p>${id}</p>`,
  text: id,
  fingerprint: id,
});
const text = (t: string, marks?: unknown[]) => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });

// A library as the first Kanal wrote it (schema 1), with reply documents edited by hand.
function writeVersionOneLibrary(replies: unknown[], rawDoc = ''): void {
  const root = {
    schemaVersion: 1,
    posts: [],
    channels: [],
    threads: [
      {
        id: 't1',
        title: 'Handredigerad',
        url: null,
        postId: null,
        sourceKey: 'k',
        format: 'text',
        sourceFiles: [],
        authorName: null,
        authorEmail: null,
        authorUsername: null,
        commentCount: 3,
        needsReplyCount: 3,
        rev: 4,
        createdAt: at,
        updatedAt: at,
      },
    ],
    settings: { authorNames: [], authorEmails: [], uiLanguage: 'sv', theme: 'system' },
  };
  writeFileSync(temp.dataFile, JSON.stringify(root));
  mkdirSync(join(temp.folder, 'kanal.threads'));
  const body = { schemaVersion: 1, threadId: 't1', comments: [comment('c1'), comment('c2'), comment('c3')], replies };
  // A document too deep for JSON.stringify is spliced in as text, as an editor would have left it.
  writeFileSync(join(temp.folder, 'kanal.threads', 't1.4.json'), JSON.stringify(body).replace('"RAW_DOC"', rawDoc));
}

const reply = (id: string, commentId: string, doc: unknown, state = 'done') => ({
  id,
  commentId,
  doc,
  state,
  createdAt: at,
  updatedAt: at,
});

describe('a library written before replies and marks', () => {
  it('is migrated: saved replies start empty, comments need a reply, replies keep their state and dates', async () => {
    writeVersionOneLibrary([
      reply('r1', 'c1', { type: 'doc', content: [{ type: 'paragraph', content: [text('Tack!')] }] }),
    ]);
    const kanal = await temp.open();
    expect(kanal.services.snippets.list()).toEqual([]);
    expect(JSON.parse(readFileSync(temp.dataFile, 'utf8'))).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      snippets: [],
    });
    const view = await kanal.services.threads.get({ id: 't1' });
    expect(view.comments.map((c) => [c.id, c.needsReply, c.noReplyNeeded])).toEqual([
      ['c1', false, false],
      ['c2', true, false],
      ['c3', true, false],
    ]);
    expect(view.replies).toEqual([
      expect.objectContaining({
        id: 'r1',
        status: 'done',
        text: 'Tack!',
        createdAt: at,
        updatedAt: at,
        finishedAt: at,
        parentReplyId: null,
      }),
    ]);
  });
});

describe('a thread file edited by hand', () => {
  it('still loads; reply documents lose unknown nodes, unknown marks and disallowed links, and keep every valid part', async () => {
    const javascriptLink = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [text('klicka', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]), text(' här')],
        },
      ],
    };
    const unknownNodes = {
      type: 'doc',
      content: [
        { type: 'iframe', attrs: { src: 'https://evil.example' } },
        {
          type: 'div',
          attrs: { onclick: 'x()' },
          content: [
            { type: 'paragraph', content: [text('inne i en div', [{ type: 'font', attrs: { color: 'red' } }])] },
          ],
        },
        { type: 'paragraph', content: [text('sista'), { type: 'script', content: [text('alert(1)')] }] },
      ],
    };
    const notADocAtAll = '<p onclick="x()">hej</p>';
    writeVersionOneLibrary([
      reply('r1', 'c1', javascriptLink),
      reply('r2', 'c2', unknownNodes),
      reply('r3', 'c3', notADocAtAll, 'draft'),
    ]);
    const kanal = await temp.open();
    const view = await kanal.services.threads.get({ id: 't1' });
    const html = view.replies.map((r) => r.html).join('\n');
    expect(html).not.toMatch(/javascript:|iframe|onclick|evil|script|font|color/);
    expect(view.replies.map((r) => r.text)).toEqual(['klicka här', 'sista', '']);
    expect(view.comments.filter((c) => c.needsReply).map((c) => c.id)).toEqual(['c3']);
    // The repaired reply can be edited and saved like any other.
    const saved = await kanal.services.replies.save({
      threadId: 't1',
      commentId: 'c3',
      doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nytt' }] }] },
    });
    expect(saved).toMatchObject({ id: 'r3', text: 'Nytt' });
  });

  it('with a reply document nested far past any real one still loads', async () => {
    const depth = 20_000;
    const deep = `{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(depth)}{"type":"paragraph","content":[{"type":"text","text":"djupt"}]}${']}'.repeat(depth)}]}`;
    writeVersionOneLibrary([reply('r1', 'c1', 'RAW_DOC')], deep);
    const kanal = await temp.open();
    const view = await kanal.services.threads.get({ id: 't1' });
    expect(view.replies).toHaveLength(1);
    expect(view.replies[0]?.status).toBe('done');
  });
});
