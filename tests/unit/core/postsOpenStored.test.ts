import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openKanal } from '../../../electron/core/openKanal';
import type { DocNode } from '../../../electron/core/shared/schema';
import { tempFolder, testDeps } from '../../helpers/tempLibrary';

const para = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

// A post whose stored doc was changed outside Kanal, opened the way the editor opens it.
async function openStored(doc: unknown) {
  const temp = tempFolder();
  const first = await openKanal(temp.dataFile, { deps: testDeps() });
  const post = await first.services.posts.create({ title: 'Redigerad' });
  await first.close();
  const file = join(temp.folder, 'kanal.posts', `${post.id}.json`);
  const body = JSON.parse(readFileSync(file, 'utf8'));
  body.doc = doc;
  writeFileSync(file, JSON.stringify(body));
  const stored = readFileSync(file, 'utf8');
  const kanal = await openKanal(temp.dataFile, { deps: testDeps() });
  const opened = await kanal.services.posts.get({ id: post.id });
  await kanal.close();
  const untouched = readFileSync(file, 'utf8') === stored;
  temp.cleanup();
  return { doc: opened.doc, untouched };
}

describe('opening a post whose stored doc was tampered with', () => {
  it('keeps every valid paragraph when one node is unknown, and leaves the file as it is', async () => {
    const { doc, untouched } = await openStored({
      type: 'doc',
      content: [para('Ett'), { type: 'iframe', attrs: { src: 'https://evil.example' } }, para('Två')],
    });
    expect(doc).toEqual({ type: 'doc', content: [para('Ett'), para('Två')] });
    expect(untouched).toBe(true);
  });

  it("gives a link its own rel, target and class, and takes a javascript: link's mark off", async () => {
    const { doc } = await openStored({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'läs',
              marks: [
                { type: 'link', attrs: { href: 'https://example.com', target: '_top', rel: 'opener', class: 'x' } },
              ],
            },
            { type: 'text', text: ' klicka', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
          ],
        },
      ],
    });
    expect(doc.content?.[0]?.content).toEqual([
      {
        type: 'text',
        text: 'läs',
        marks: [
          {
            type: 'link',
            attrs: {
              href: 'https://example.com',
              target: null,
              rel: 'noopener noreferrer nofollow',
              class: null,
              title: null,
            },
          },
        ],
      },
      { type: 'text', text: ' klicka' },
    ]);
  });
});
