import type { Doc } from '../../../electron/core/shared/schema';

// What the editor's getJSON() gives for a post using every kind of content it offers.
export const editorDoc: Doc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Kanaler för företag' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Det här är ' },
        { type: 'text', marks: [{ type: 'bold' }], text: 'långtifrån' },
        { type: 'text', text: ' allt, läs ' },
        {
          type: 'text',
          marks: [
            {
              type: 'link',
              attrs: {
                href: 'https://example.se/b2b',
                target: null,
                rel: 'noopener noreferrer nofollow',
                class: null,
                title: null,
              },
            },
          ],
          text: 'mer om B2B',
        },
        { type: 'text', text: ' eller ' },
        {
          type: 'text',
          marks: [{ type: 'link', attrs: { href: 'mailto:hej@example.se' } }, { type: 'italic' }],
          text: 'skriv',
        },
        { type: 'hardBreak' },
        { type: 'text', marks: [{ type: 'code' }], text: 'C2B' },
        { type: 'text', marks: [{ type: 'strike' }], text: ' gammalt' },
      ],
    },
    { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Listor' }] },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'B2C' }] }] },
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'C2C' }] },
            {
              type: 'orderedList',
              attrs: { start: 1, type: null },
              content: [
                { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'E2E' }] }] },
              ],
            },
          ],
        },
      ],
    },
    {
      type: 'orderedList',
      attrs: { start: 3, type: null },
      content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Tre' }] }] }],
    },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ett citat.' }] }] },
    { type: 'horizontalRule' },
    { type: 'codeBlock', attrs: { language: null }, content: [{ type: 'text', text: 'const a = 1;\nconst b = 2;' }] },
    { type: 'paragraph' },
  ],
};
