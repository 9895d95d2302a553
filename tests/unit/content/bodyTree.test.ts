import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docFromBodyTree, structuredBodyHtml, type ParsableNode } from '../../../electron/core/content/htmlToDoc';
import { nestedHtmlTree } from '../../../electron/core/content/nestedHtmlTree';
import { parseHtmlBody } from '../../../electron/core/dom/htmlDom';
import { parseImportFile } from '../../../electron/core/import';
import { hostileMarkup } from '../../fixtures/hostile/hostileMarkup';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const FOLDERS = ['import', 'export', 'replies'];

// Every post body the fixture exports carry, as the importer reads them.
async function fixturePostBodies(): Promise<{ name: string; html: string }[]> {
  const bodies: { name: string; html: string }[] = [];
  for (const folder of FOLDERS) {
    for (const file of readdirSync(join(FIXTURES, folder))) {
      const data = new Uint8Array(readFileSync(join(FIXTURES, folder, file)));
      const parsed = await parseImportFile(
        { name: file, data },
        { format: 'auto', identities: { names: [], emails: [] } },
      ).catch(() => null);
      for (const thread of parsed?.threads ?? []) {
        if (thread.postHtml) bodies.push({ name: `${file}: ${thread.title}`, html: thread.postHtml });
      }
    }
  }
  return bodies;
}

// Markup only HTML's repair rules make sense of: misnested, implicitly closed, or nested where HTML forbids it.
const NEEDS_REPAIR = [
  '<p><strong>one</p><p>two</strong></p>',
  '<p>open paragraph<ul><li>list</li></ul>',
  '<ul><li>one<li>two</ul>',
  '<p><em>a <a href="https://a.example/">b <a href="https://b.example/">c</a></a></em></p>',
  '<h2>Heading <h3>inside</h3></h2>',
  '<blockquote><p>quote <b>bold</blockquote> after</b>',
  '<p>one<p>two',
  '<pre>\nfirst line\n  indented</pre>',
  'line\r\nbreaks\rold <i>mac</i>',
];

const docThroughDom = (html: string) => docFromBodyTree(parseHtmlBody(html));

function docThroughTree(html: string) {
  const tree = nestedHtmlTree(html);
  return tree ? docFromBodyTree(tree as unknown as ParsableNode) : null;
}

describe('post bodies read from the HTML parser’s tree', () => {
  it('are the documents the DOM emulator gives, for every post of the fixtures', async () => {
    const bodies = await fixturePostBodies();
    expect(bodies.length).toBeGreaterThan(10);
    let fromTree = 0;
    for (const { name, html } of bodies) {
      const structured = structuredBodyHtml(html);
      const tree = docThroughTree(structured);
      if (tree) fromTree++;
      expect(tree ?? docThroughDom(structured), name).toEqual(docThroughDom(structured));
    }
    // Nearly every real post is plainly nested, so the emulator is the exception.
    expect(fromTree).toBeGreaterThan(bodies.length * 0.8);
  });

  it('are the same documents for hostile markup, and for markup that needs HTML’s repair rules', () => {
    for (const html of [
      ...hostileMarkup.map((sample) => sample.html),
      ...NEEDS_REPAIR,
      '<strong>one\n\ntwo</strong>',
    ]) {
      const structured = structuredBodyHtml(html);
      const tree = docThroughTree(structured);
      if (tree) expect(tree, html).toEqual(docThroughDom(structured));
    }
  });

  it('leave misnested and implicitly closed markup to the DOM emulator', () => {
    for (const html of NEEDS_REPAIR.slice(0, 7)) expect(nestedHtmlTree(html), html).toBeNull();
  });

  it('keep the newline right after <pre> as the DOM emulator does, and read CR LF as LF', () => {
    for (const html of NEEDS_REPAIR.slice(7)) {
      expect(docThroughTree(html), html).not.toBeNull();
      expect(docThroughTree(html), html).toEqual(docThroughDom(html));
    }
  });
});
