import { SaxesParser, type SaxesTagNS } from 'saxes';
import { decodeTextChunks } from '../bytes/decodeTextChunks';
import type { TextFile } from '../bytes/openTextFile';
import { ImportFileError } from '../ImportFileError';
import { MAX_XML_DEPTH } from '../importLimits';
import type { ImportProgress } from '../../shared/importTypes';
import { refuseDoctype } from './refuseDoctype';
import type { XmlAttribute, XmlNode } from './xmlNode';

export interface XmlTag {
  uri: string;
  local: string;
}

export interface XmlStreamReader {
  // Sees the root element first; throws to refuse a file that is not the format it reads.
  onRoot(root: XmlTag): void;
  // Whether to keep the subtree that starts here (the root has depth 1).
  capture(tag: XmlTag, depth: number, parentLocal: string): boolean;
  onCaptured(node: XmlNode): void;
}

// WordPress' own importer reads such files (its regex fallback), so a stray "]]>" in text is no reason to refuse.
const TOLERATED = ['the string "]]>" is disallowed in char data.'];

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

// Most elements of an export are leaves without attributes: they share these empty lists (never pushed to)
// instead of each allocating its own, which keeps a large import's garbage down.
const NO_ATTRIBUTES: XmlAttribute[] = [];
const NO_CHILDREN: XmlNode[] = [];

function toAttributes(tag: SaxesTagNS): XmlAttribute[] {
  let list = NO_ATTRIBUTES;
  for (const name in tag.attributes) {
    const a = tag.attributes[name];
    if (!a) continue;
    if (list === NO_ATTRIBUTES) list = [];
    list.push({ uri: a.uri, local: a.local, value: a.value });
  }
  return list;
}

// Streams the file through a strict, namespace-aware parser and hands the reader only the subtrees it asked for.
export async function streamXml(file: TextFile, reader: XmlStreamReader, onProgress?: ImportProgress): Promise<void> {
  const parser = new SaxesParser({ xmlns: true });
  const open: XmlNode[] = [];
  const path: string[] = [];

  parser.on('doctype', (doctype) => refuseDoctype(file.name, doctype));
  parser.on('error', (err) => {
    if (TOLERATED.some((t) => err.message.endsWith(t))) return;
    const detail = err.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    // saxes' column is the zero-based index of the next character: the one-based column of the last one read.
    const at = { line: parser.line, column: Math.max(1, parser.column) };
    throw new ImportFileError(
      file.name,
      'malformed-xml',
      `it is not well-formed XML (line ${at.line}, column ${at.column}: ${detail})`,
      { ...at, detail },
    );
  });
  parser.on('opentag', (tag) => {
    const depth = path.length + 1;
    if (depth > MAX_XML_DEPTH) {
      throw new ImportFileError(file.name, 'too-deep', `its XML is nested more than ${MAX_XML_DEPTH} levels deep`, {
        limit: MAX_XML_DEPTH,
      });
    }
    if (depth === 1) reader.onRoot(tag);
    const parent = open[open.length - 1];
    if (parent || reader.capture(tag, depth, path[path.length - 1] ?? '')) {
      const node: XmlNode = {
        uri: tag.uri,
        local: tag.local,
        attrs: toAttributes(tag),
        children: NO_CHILDREN,
        text: '',
      };
      if (parent) {
        if (parent.children === NO_CHILDREN) parent.children = [node];
        else parent.children.push(node);
      }
      open.push(node);
    }
    path.push(tag.local);
  });
  const addText = (text: string): void => {
    const node = open[open.length - 1];
    if (node) node.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    path.pop();
    const node = open.pop();
    if (node && open.length === 0) reader.onCaptured(node);
  });

  const total = file.data.byteLength;
  for (const chunk of decodeTextChunks(file)) {
    parser.write(chunk.text);
    onProgress?.(chunk.done, total);
    await yieldToEventLoop();
  }
  parser.close();
}
