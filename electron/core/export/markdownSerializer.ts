import { Node } from '@tiptap/pm/model';
import { MarkdownSerializer, type MarkdownSerializerState } from 'prosemirror-markdown';
import { defaultMarkdownSerializer } from 'prosemirror-markdown';
import { bodySchema } from '../shared/content/bodySchema';
import type { Doc } from '../shared/schema';

const defaults = defaultMarkdownSerializer;

// The longest run of backticks in a code block decides its fence, so no content can close it early.
function fence(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(3, longest + 1));
}

function orderedList(state: MarkdownSerializerState, node: Node): void {
  const start = typeof node.attrs['start'] === 'number' ? node.attrs['start'] : 1;
  const width = String(start + node.childCount - 1).length;
  state.renderList(node, ' '.repeat(width + 2), (i) => {
    const number = String(start + i);
    return `${' '.repeat(width - number.length)}${number}. `;
  });
}

function codeBlock(state: MarkdownSerializerState, node: Node): void {
  const marker = fence(node.textContent);
  const language = typeof node.attrs['language'] === 'string' ? node.attrs['language'].replace(/[^\w+#.-]/g, '') : '';
  state.write(`${marker}${language}\n`);
  state.text(node.textContent, false);
  state.ensureNewLine();
  state.write(marker);
  state.closeBlock(node);
}

// A picture is a block of its own: ![alt](src "title").
function image(state: MarkdownSerializerState, node: Node, parent: Node, index: number): void {
  defaults.nodes['image']!(state, node, parent, index);
  state.closeBlock(node);
}

// The editor's nodes and marks in CommonMark (strike as GFM ~~). Text is escaped so that nothing in it reads as
// Markdown or as raw HTML: besides prosemirror-markdown's own escapes, < > & become \< \> \&, and a line cannot start
// a setext heading (=) or a "1)" list.
const serializer = new MarkdownSerializer(
  {
    doc: (state, node) => state.renderContent(node),
    paragraph: defaults.nodes['paragraph']!,
    text: defaults.nodes['text']!,
    heading: defaults.nodes['heading']!,
    blockquote: defaults.nodes['blockquote']!,
    horizontalRule: defaults.nodes['horizontal_rule']!,
    hardBreak: defaults.nodes['hard_break']!,
    bulletList: (state, node) => state.renderList(node, '  ', () => '- '),
    orderedList,
    listItem: defaults.nodes['list_item']!,
    codeBlock,
    image,
  },
  {
    bold: defaults.marks['strong']!,
    italic: defaults.marks['em']!,
    strike: { open: '~~', close: '~~', mixable: true, expelEnclosingWhitespace: true },
    code: defaults.marks['code']!,
    link: defaults.marks['link']!,
  },
  { escapeExtraCharacters: /[<>&]|^=|(?<=^\d{1,9})\)/g, hardBreakNodeName: 'hardBreak', strict: true },
);

// A post body or reply (validated TipTap JSON) as Markdown.
export function docToMarkdown(doc: Doc): string {
  return serializer.serialize(Node.fromJSON(bodySchema(), doc), { tightLists: true });
}
