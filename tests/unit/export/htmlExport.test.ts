import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTempKanal } from '../../helpers/useTempKanal';
import { exportPost, importExportBlog, type ExportBlog } from './exportBlog';
import { htmlProblems } from './validateHtml';

const ctx = useTempKanal();
let blog: ExportBlog;
beforeEach(async () => {
  blog = await importExportBlog(ctx.kanal());
});

const classes = (element: Element) => (element.attribs['class'] ?? '').split(' ');
const byClass = (root: Element[] | ReturnType<typeof parseDocument>, name: string): Element[] =>
  DomUtils.findAll((e) => classes(e).includes(name), 'children' in root ? root.children : root);
const childEntries = (entry: Element): Element[] =>
  DomUtils.findAll((e) => classes(e).includes('p-comment'), entry.children).filter(
    (e) => DomUtils.findAll((a) => a.name === 'article', [e.parent as Element]).length > 0,
  );
const nameOf = (entry: Element) => DomUtils.textContent(byClass([entry], 'p-author')[0] as Element);
// The entries directly answering this one: in its own nested list, not deeper.
const answersOf = (entry: Element) =>
  childEntries(entry).filter(
    (e) => DomUtils.findAll((a) => a === e, entry.children).length > 0 && closestEntry(e) === entry,
  );
function closestEntry(element: Element): Element | null {
  let node = element.parent as Element | null;
  while (node && !(node.name === 'article' && classes(node).includes('p-comment')))
    node = node.parent as Element | null;
  return node;
}

describe('HTML export with the conversation', () => {
  it('is valid HTML5 and nests the finished replies under the comments they answer, in microformats', async () => {
    const file = await exportPost(ctx.kanal(), 'html', { postId: blog.postId, withThread: true });
    expect(await htmlProblems(file.content)).toEqual([]);
    const dom = parseDocument(file.content);
    const [entry] = byClass(dom, 'h-entry');
    const comments = byClass([entry as Element], 'p-comment');
    expect(comments.every((c) => classes(c).includes('h-cite'))).toBe(true);
    // Anna, Karin's own answer, the reply to Anna; Bengt, Cecilia, the reply to Bengt and its follow-up. No pingback, no
    // pending comment, no draft.
    expect(comments.map(nameOf)).toEqual([
      'Anna Lind',
      'Karin Skribent',
      'Karin Skribent',
      'Bengt',
      'Cecilia',
      'Karin Skribent',
      'Karin Skribent',
    ]);
    const top = comments.filter((c) => closestEntry(c) === null);
    expect(top.map(nameOf)).toEqual(['Anna Lind', 'Bengt']);
    const bengt = top[1] as Element;
    expect(answersOf(bengt).map(nameOf)).toEqual(['Cecilia', 'Karin Skribent']);
    const reply = answersOf(bengt)[1] as Element;
    expect(DomUtils.textContent(reply)).toContain('Ja, relationerna *bär*.');
    const inReplyTo = byClass([reply], 'u-in-reply-to')[0] as Element;
    expect(inReplyTo.attribs['href']).toBe(`#${bengt.attribs['id']}`);
    expect(answersOf(reply).map((e) => DomUtils.textContent(byClass([e], 'e-content')[0] as Element))).toEqual([
      'Och här mer.',
    ]);
    for (const c of comments) {
      expect(byClass([c], 'dt-published')[0]?.attribs['datetime']).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(byClass([c], 'e-content')).not.toHaveLength(0);
    }
  });

  it('gives every link a reader wrote rel="nofollow ugc", and keeps the author’s own links followed', async () => {
    const file = await exportPost(ctx.kanal(), 'html', { postId: blog.postId, withThread: true });
    const links = DomUtils.findAll(
      (e) => e.name === 'a' && (e.attribs['href'] ?? '').startsWith('http'),
      parseDocument(file.content).children,
    );
    const rel = (href: string) => links.filter((a) => a.attribs['href'] === href).map((a) => a.attribs['rel']);
    expect(rel('https://anna.example.org/b2b')).toEqual(['nofollow ugc noopener noreferrer']);
    expect(rel('https://anna.example.org/')).toEqual(['nofollow ugc noopener noreferrer']);
    expect(rel('https://kanal.example/b2b')).toEqual(['noopener noreferrer nofollow']);
  });

  it('shows pingbacks and pending comments only when asked', async () => {
    const names = async (options: { pingbacks?: boolean; pending?: boolean }) => {
      const file = await exportPost(ctx.kanal(), 'html', { postId: blog.postId, withThread: true, ...options });
      return byClass(parseDocument(file.content), 'p-comment').map(nameOf);
    };
    expect(await names({})).not.toContain('Annan blogg');
    expect(await names({})).not.toContain('Dora');
    expect(await names({ pingbacks: true })).toContain('Annan blogg');
    expect(await names({ pending: true })).toContain('Dora');
  });

  it('writes JSON-LD Comment items with parentItem that a "</script>" in a comment cannot break out of', async () => {
    const file = await exportPost(ctx.kanal(), 'html', { postId: blog.postId, withThread: true });
    const scripts = DomUtils.findAll((e) => e.name === 'script', parseDocument(file.content).children);
    expect(scripts.map((s) => s.attribs['type'])).toEqual(['application/ld+json']);
    const data = JSON.parse(DomUtils.textContent(scripts[0] as Element)) as {
      '@type': string;
      comment: {
        '@type': string;
        '@id': string;
        author: { '@type': string; name: string };
        text: string;
        parentItem?: { '@id': string };
      }[];
    };
    expect(data['@type']).toBe('BlogPosting');
    expect(data.comment).toHaveLength(7);
    expect(data.comment.every((c) => c['@type'] === 'Comment' && c.author['@type'] === 'Person')).toBe(true);
    const anna = data.comment.find((c) => c.author.name === 'Anna Lind');
    expect(anna?.text).toContain('</script>');
    expect(anna?.parentItem).toBeUndefined();
    const answer = data.comment.find((c) => c.text === 'Tack, Anna!');
    expect(answer?.parentItem?.['@id']).toBe(anna?.['@id']);
  });

  it('leaves out the stylesheet when asked, and the conversation unless asked', async () => {
    const bare = await exportPost(ctx.kanal(), 'html', { postId: blog.postId, stylesheet: false });
    expect(bare.content).not.toContain('<style>');
    expect(bare.content).not.toContain('p-comment');
    const styled = await exportPost(ctx.kanal(), 'html', { postId: blog.postId });
    expect(styled.content).toMatch(/@media print/);
    expect(styled.content).toMatch(/prefers-color-scheme: dark/);
  });
});

describe('HTML fragment', () => {
  it('is the article alone, valid inside a page, with the conversation but no script or style', async () => {
    const file = await exportPost(ctx.kanal(), 'fragment', { postId: blog.postId, withThread: true });
    expect(file.content).toMatch(/^<article class="h-entry">/);
    expect(file.content).not.toMatch(/<html|<head|<body|<script|<style/i);
    expect(await htmlProblems(file.content, true)).toEqual([]);
    expect(byClass(parseDocument(file.content), 'p-comment')).toHaveLength(7);
  });
});
