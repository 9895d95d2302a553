import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Kanal } from '../../../electron/core/openKanal';
import { REVISION_INTERVAL_MS } from '../../../electron/core/revisions/revisionRules';
import { docText } from '../../../electron/core/shared/content/docText';
import type { Doc } from '../../../electron/core/shared/schema';
import { movableClock } from '../../helpers/movableClock';
import { runImport } from '../../helpers/runImport';
import { useReopenableKanal } from '../../helpers/useReopenableKanal';

const body = (text: string): Doc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

let clock: ReturnType<typeof movableClock>;
beforeEach(() => {
  clock = movableClock();
});
const temp = useReopenableKanal(() => clock.deps);
const open = () => temp.open();

const revisionFile = (postId: string) => join(temp.folder, 'kanal.revisions', `${postId}.json`);

async function postWith(k: Kanal, text: string): Promise<string> {
  const post = await k.handlers['posts.create']({ title: 'Kanaler' });
  await k.handlers['posts.save']({ id: post.id, doc: body(text) });
  return post.id;
}

describe('post history', () => {
  it('keeps the first text at once, then at most one revision per interval, and only for a meaningful change', async () => {
    const k = await open();
    const id = await postWith(k, 'Företag talar med kunder');
    expect(await k.handlers['revisions.list']({ postId: id })).toHaveLength(1);
    // Writing on within the interval keeps nothing more, however much changes.
    clock.advance(REVISION_INTERVAL_MS - 1000);
    await k.handlers['posts.save']({ id, doc: body('Företag talar med kunder och kunder svarar dem direkt') });
    expect(await k.handlers['revisions.list']({ postId: id })).toHaveLength(1);
    // After the interval, a text that differs from the last revision by two words is not enough…
    clock.advance(2000);
    await k.handlers['posts.save']({ id, doc: body('Företag talar med kunderna') });
    expect(await k.handlers['revisions.list']({ postId: id })).toHaveLength(1);
    // …a few words are.
    await k.handlers['posts.save']({ id, doc: body('Företag talar med anställda som svarar dem genast') });
    const list = await k.handlers['revisions.list']({ postId: id });
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({ reason: 'pause', words: 8, wordsAdded: 5, wordsRemoved: 1 });
    expect(list[1]).toMatchObject({ reason: 'pause', words: 4, wordsAdded: 4, wordsRemoved: 0 });
    expect(Date.parse(list[0]?.createdAt ?? '')).toBeGreaterThan(Date.parse(list[1]?.createdAt ?? ''));
    // Kept on disk beside the data file, one file per post.
    expect(JSON.parse(readFileSync(revisionFile(id), 'utf8')).revisions).toHaveLength(2);
  });

  it('restores a revision after keeping the current text, as an edit saved durably', async () => {
    let k = await open();
    const id = await postWith(k, 'Den första versionen av texten');
    clock.advance(60_000);
    await k.handlers['posts.save']({ id, title: 'Ny rubrik', doc: body('En helt annan text skrevs sedan här') });
    const [first] = await k.handlers['revisions.list']({ postId: id });
    if (!first) throw new Error('no revision');
    const restored = await k.handlers['revisions.restore']({ postId: id, id: first.id });
    expect(docText(restored.doc)).toBe('Den första versionen av texten');
    expect(restored.title).toBe('Kanaler');
    const list = await k.handlers['revisions.list']({ postId: id });
    expect(list[0]?.reason).toBe('restore');
    const kept = await k.handlers['revisions.get']({ postId: id, id: list[0]?.id ?? '' });
    expect(docText(kept.doc)).toBe('En helt annan text skrevs sedan här');
    expect(kept.title).toBe('Ny rubrik');
    k = await open();
    const reopened = await k.handlers['posts.get']({ id });
    expect(docText(reopened.doc)).toBe('Den första versionen av texten');
    expect((await k.handlers['posts.list']({})).find((p) => p.id === id)?.words).toBe(5);
  });

  it('keeps the text as it is published', async () => {
    const k = await open();
    const id = await postWith(k, 'Klar att publiceras nu');
    clock.advance(30_000);
    await k.handlers['posts.save']({ id, doc: body('Klar att publiceras nu, med ett tillägg') });
    expect(await k.handlers['revisions.list']({ postId: id })).toHaveLength(1);
    await k.handlers['posts.save']({ id, status: 'published' });
    const [latest] = await k.handlers['revisions.list']({ postId: id });
    expect(latest?.reason).toBe('publish');
    const kept = await k.handlers['revisions.get']({ postId: id, id: latest?.id ?? '' });
    expect(docText(kept.doc)).toBe('Klar att publiceras nu, med ett tillägg');
    // Saving the published post again is no new publication.
    await k.handlers['posts.save']({ id, status: 'published', title: 'Publicerad' });
    expect(await k.handlers['revisions.list']({ postId: id })).toHaveLength(2);
  });

  it('refuses an unknown revision or post and changes nothing', async () => {
    const k = await open();
    const id = await postWith(k, 'Texten står kvar som den är');
    await expect(k.handlers['revisions.restore']({ postId: id, id: 'nope' })).rejects.toThrow(/No revision/);
    await expect(k.handlers['revisions.list']({ postId: 'nope' })).rejects.toThrow(/No post/);
    expect(docText((await k.handlers['posts.get']({ id })).doc)).toBe('Texten står kvar som den är');
  });

  it('go into backups, and are removed at start only when no post names them', async () => {
    let k = await open();
    const id = await postWith(k, 'En text med en historia');
    clock.advance(11 * 60_000);
    await k.handlers['posts.save']({ id, doc: body('En text med en lång och rik historia') });
    const [backup] = await k.handlers['backups.list']({});
    if (!backup) throw new Error('no backup');
    const manifest = JSON.parse(
      readFileSync(join(temp.folder, 'backups', `kanal.${backup.id}`, 'backup.json'), 'utf8'),
    );
    expect(manifest.files.map((f: { path: string }) => f.path)).toContain(join('kanal.revisions', `${id}.json`));
    await temp.close();
    const stray = revisionFile('no-such-post');
    mkdirSync(join(temp.folder, 'kanal.revisions'), { recursive: true });
    writeFileSync(stray, '{}');
    k = await open();
    expect(existsSync(stray)).toBe(false);
    expect(existsSync(revisionFile(id))).toBe(true);
    expect(await k.handlers['revisions.list']({ postId: id })).toHaveLength(2);
  });

  it('a damaged history is kept aside and does not stop a save', async () => {
    const k = await open();
    const id = await postWith(k, 'Början på en text');
    writeFileSync(revisionFile(id), '{ not json');
    await expect(k.handlers['revisions.list']({ postId: id })).rejects.toThrow(/cannot be read/);
    clock.advance(REVISION_INTERVAL_MS);
    const saved = await k.handlers['posts.save']({ id, doc: body('Början på en text som växer och växer') });
    expect(docText(saved.doc)).toBe('Början på en text som växer och växer');
    expect(await k.handlers['revisions.list']({ postId: id })).toHaveLength(1);
  });

  it('go with a data file set aside as unreadable, and no clean-up removes them', async () => {
    const id = await postWith(await open(), 'En text som ska finnas kvar');
    await temp.close();
    writeFileSync(temp.dataFile, '{ damaged');
    await open();
    await temp.close();
    // A third start: the clean-up that runs at every start must leave the set-aside history alone.
    await open();
    const aside = readdirSync(temp.folder).find((name) => /^kanal\.unreadable-.+\.revisions$/.test(name));
    expect(aside).toBeDefined();
    expect(existsSync(join(temp.folder, aside ?? '', `${id}.json`))).toBe(true);
  });

  it('an import that finds the author’s post by its title leaves the post’s text and history alone', async () => {
    const k = await open();
    const id = await postWith(k, 'Författarens egen text om kanaler');
    const before = await k.handlers['revisions.list']({ postId: id });
    const wxr = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Blogg</title><wp:wxr_version>1.2</wp:wxr_version><item><title>Kanaler</title><link>https://blogg.example/kanaler/</link><content:encoded><![CDATA[<p>Den publicerade texten, som är en annan.</p>]]></content:encoded><wp:post_id>5</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_author>Läsare</wp:comment_author><wp:comment_date_gmt>2026-01-01 10:00:00</wp:comment_date_gmt><wp:comment_content><![CDATA[Bra skrivet]]></wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_type>comment</wp:comment_type><wp:comment_parent>0</wp:comment_parent></wp:comment></item></channel></rss>`;
    const summary = await runImport(k, [{ name: 'blogg.xml', data: new TextEncoder().encode(wxr) }], 'wxr');
    expect(summary.threads[0]).toMatchObject({ postId: id, newPost: false });
    expect(docText((await k.handlers['posts.get']({ id })).doc)).toBe('Författarens egen text om kanaler');
    expect(await k.handlers['revisions.list']({ postId: id })).toEqual(before);
  });
});
