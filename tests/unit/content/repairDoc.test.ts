import { describe, expect, it } from 'vitest';
import { repairDoc, validateDoc } from '../../../electron/core/shared/content/validateDoc';
import type { DocNode } from '../../../electron/core/shared/schema';
import { editorDoc } from './editorDoc';

const para = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...content: unknown[]) => ({ type: 'doc', content });
const DEFAULT_LINK = { target: null, rel: 'noopener noreferrer nofollow', class: null, title: null };

describe('repairing a stored doc for the editor', () => {
  it('keeps a valid doc exactly as validation does', () => {
    expect(repairDoc(editorDoc)).toEqual(validateDoc(editorDoc));
  });

  it('drops one unknown node and keeps every valid paragraph around it, in order', () => {
    const repaired = repairDoc(
      doc(
        para('Första'),
        { type: 'video', attrs: { src: 'https://x/y.mp4' } },
        para('Andra'),
        { type: 'callout', content: [para('?')] },
        para('Tredje'),
      ),
    );
    expect(repaired).toEqual(doc(para('Första'), para('Andra'), para('Tredje')));
  });

  it('gives a tampered link back its own rel, target and class', () => {
    const link = {
      type: 'link',
      attrs: { href: 'https://example.com', target: '_self', rel: 'opener', class: 'evil', onclick: 'x()' },
    };
    const repaired = repairDoc(doc({ type: 'paragraph', content: [{ type: 'text', text: 'läs', marks: [link] }] }));
    expect(repaired.content?.[0]?.content?.[0]?.marks).toEqual([
      { type: 'link', attrs: { href: 'https://example.com', ...DEFAULT_LINK } },
    ]);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>', 'ftp://example.com'])(
    'takes the link mark off %j and keeps its text',
    (href) => {
      const repaired = repairDoc(
        doc({
          type: 'paragraph',
          content: [{ type: 'text', text: 'klicka', marks: [{ type: 'link', attrs: { href } }, { type: 'bold' }] }],
        }),
      );
      expect(repaired).toEqual(
        doc({ type: 'paragraph', content: [{ type: 'text', text: 'klicka', marks: [{ type: 'bold' }] }] }),
      );
    },
  );

  it('drops unknown marks, marks a code block does not allow and empty text, keeping the words', () => {
    const repaired = repairDoc(
      doc(
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'a', marks: [{ type: 'underline' }] },
            { type: 'text', text: '' },
          ],
        },
        { type: 'codeBlock', content: [{ type: 'text', text: 'kod', marks: [{ type: 'bold' }] }] },
      ),
    );
    expect(repaired).toEqual(
      doc(para('a'), { type: 'codeBlock', attrs: { language: null }, content: [{ type: 'text', text: 'kod' }] }),
    );
  });

  it('puts misplaced content where the editor can hold it', () => {
    const repaired = repairDoc(
      doc(
        { type: 'text', text: 'lös text' },
        { type: 'paragraph', content: [para('inne i ett stycke')] },
        { type: 'listItem', content: [para('punkt')] },
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [{ type: 'blockquote', content: [para('citat')] }] }],
        },
      ),
    );
    expect(repaired).toEqual(
      doc(
        para('lös text'),
        para('inne i ett stycke'),
        { type: 'bulletList', content: [{ type: 'listItem', content: [para('punkt')] }] },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [{ type: 'paragraph' }, { type: 'blockquote', content: [para('citat')] }] },
          ],
        },
      ),
    );
  });

  it('turns heading levels the editor does not use into ones it does', () => {
    const heading = (level: unknown) => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text: 'R' }] });
    const levels = repairDoc(doc(heading(7), heading('x'), heading(1), heading(5), heading(3))).content?.map(
      (n) => n.attrs?.['level'],
    );
    expect(levels).toEqual([2, 2, 2, 3, 3]);
  });

  it('never throws, whatever is stored', () => {
    let deep: object = para('djupt');
    for (let i = 0; i < 5000; i += 1) deep = { type: 'blockquote', content: [deep] };
    for (const stored of [
      null,
      'text',
      { type: 'paragraph' },
      { type: 'doc' },
      doc(deep),
      doc({ type: 'orderedList', attrs: { start: 'x' } }),
    ]) {
      expect(() => validateDoc(repairDoc(stored))).not.toThrow();
    }
    expect(repairDoc(doc({ type: 'image' }))).toEqual(doc({ type: 'paragraph' }));
  });
});
