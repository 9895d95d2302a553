import { Parser } from 'htmlparser2';

// The little of the DOM that ProseMirror's DOMParser and the editor's parse rules read, over a tree htmlparser2
// builds: parsing a post this way costs a fraction of a DOM emulator's document. It covers markup whose tree needs
// none of HTML's repair rules (misnested or implicitly closed elements); for any other, `nestedHtmlTree` says no.

const EMPTY_STYLE = Object.freeze({ length: 0, fontWeight: '', fontStyle: '', whiteSpace: '' });
const SIMPLE_SELECTOR = /^([a-z][a-z0-9]*)(?:\[([a-z-]+)\])?$/;

abstract class TreeNode {
  parentNode: TreeElement | null = null;
  previousSibling: TreeNode | null = null;
  nextSibling: TreeNode | null = null;
  abstract readonly nodeType: number;
  abstract readonly nodeName: string;
  readonly ownerDocument = treeDocument;
}

class TreeText extends TreeNode {
  readonly nodeType = 3;
  readonly nodeName = '#text';

  constructor(public nodeValue: string) {
    super();
  }
}

class TreeElement extends TreeNode {
  readonly nodeType = 1;
  readonly nodeName: string;
  readonly style = EMPTY_STYLE;
  childNodes: TreeNode[] = [];

  constructor(
    readonly localName: string,
    private readonly attributes: Record<string, string>,
  ) {
    super();
    this.nodeName = localName.toUpperCase();
  }

  get tagName(): string {
    return this.nodeName;
  }

  get firstChild(): TreeNode | null {
    return this.childNodes[0] ?? null;
  }

  get lastChild(): TreeNode | null {
    return this.childNodes[this.childNodes.length - 1] ?? null;
  }

  get firstElementChild(): TreeElement | null {
    return (this.childNodes.find((child) => child instanceof TreeElement) as TreeElement | undefined) ?? null;
  }

  get classList(): string[] {
    return (this.attributes['class'] ?? '').split(/\s+/).filter(Boolean);
  }

  getAttribute(name: string): string | null {
    return this.attributes[name] ?? null;
  }

  hasAttribute(name: string): boolean {
    return name in this.attributes;
  }

  // The editor's rules name a tag, or a tag with an attribute (`a[href]`); any other selector is a schema this
  // tree was not made for, and says so rather than guessing.
  matches(selector: string): boolean {
    const simple = SIMPLE_SELECTOR.exec(selector);
    if (!simple) throw new Error(`Unsupported selector in a parse rule: ${selector}`);
    const [, tag, attribute] = simple;
    return tag === this.localName && (attribute === undefined || this.hasAttribute(attribute));
  }

  // The first element inside this one, in document order, that matches (an ordered list reads its first item).
  querySelector(selector: string): TreeElement | null {
    for (const child of this.childNodes) {
      if (!(child instanceof TreeElement)) continue;
      const found = child.matches(selector) ? child : child.querySelector(selector);
      if (found) return found;
    }
    return null;
  }

  // ProseMirror moves a list nested beside its item into that item.
  appendChild(child: TreeNode): TreeNode {
    child.parentNode?.removeChild(child);
    const last = this.lastChild;
    if (last) last.nextSibling = child;
    child.previousSibling = last;
    child.nextSibling = null;
    child.parentNode = this;
    this.childNodes.push(child);
    return child;
  }

  removeChild(child: TreeNode): TreeNode {
    const index = this.childNodes.indexOf(child);
    if (index < 0) return child;
    this.childNodes.splice(index, 1);
    if (child.previousSibling) child.previousSibling.nextSibling = child.nextSibling;
    if (child.nextSibling) child.nextSibling.previousSibling = child.previousSibling;
    child.parentNode = child.previousSibling = child.nextSibling = null;
    return child;
  }
}

const treeDocument = { createTextNode: (text: string): TreeNode => new TreeText(text) };

// Start tags that close an open <p> in HTML (the elements an allow-list may leave; the rest are renamed to div).
const CLOSES_PARAGRAPH = new Set(['p', 'div', 'blockquote', 'ul', 'ol', 'li', 'pre', 'hr']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LISTS = new Set(['ul', 'ol']);
const VOID = new Set(['br', 'hr', 'img', 'wbr']);

class NeedsRepair extends Error {}

// Whether opening `name` inside `open` (innermost last) would make HTML close or reopen elements.
function needsRepairToOpen(name: string, open: string[]): boolean {
  if ((CLOSES_PARAGRAPH.has(name) || HEADINGS.has(name)) && open.includes('p')) return true;
  if (name === 'a' && open.includes('a')) return true;
  if (HEADINGS.has(name) && HEADINGS.has(open[open.length - 1] ?? '')) return true;
  if (name === 'li') {
    for (let i = open.length - 1; i >= 0; i--) {
      if (open[i] === 'li') return true;
      if (LISTS.has(open[i] ?? '')) break;
    }
  }
  return false;
}

// The body element of `html` as a tree ProseMirror's DOMParser reads, or null when the markup is not plainly
// nested (then only a full HTML parser builds the tree a browser would).
export function nestedHtmlTree(html: string): TreeNode | null {
  // HTML turns CR LF and lone CR into LF before it parses; NUL it drops or replaces.
  if (html.includes('\u0000')) return null;
  const body = new TreeElement('body', {});
  const open: TreeElement[] = [body];
  const openNames: string[] = [];
  let text = '';
  const flushText = (): void => {
    if (text === '') return;
    open[open.length - 1]?.appendChild(new TreeText(text));
    text = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (needsRepairToOpen(name, openNames)) throw new NeedsRepair();
        flushText();
        const element = new TreeElement(name, attributes);
        open[open.length - 1]?.appendChild(element);
        if (VOID.has(name)) return;
        open.push(element);
        openNames.push(name);
      },
      // The DOM emulator keeps the newline right after <pre> (a browser drops it), and so does this tree.
      ontext(data) {
        text += data;
      },
      onclosetag(name, isImplied) {
        if (VOID.has(name)) return;
        if (isImplied || openNames[openNames.length - 1] !== name) throw new NeedsRepair();
        flushText();
        open.pop();
        openNames.pop();
      },
      oncomment() {
        flushText();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  try {
    parser.end(html.replace(/\r\n?/g, '\n'));
  } catch (error) {
    if (error instanceof NeedsRepair) return null;
    throw error;
  }
  if (openNames.length > 0) return null;
  flushText();
  return body;
}
