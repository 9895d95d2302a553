// A small element tree kept only for the parts of an export a parser asked for (one item, one entry).

export interface XmlAttribute {
  uri: string;
  local: string;
  value: string;
}

export interface XmlNode {
  uri: string;
  local: string;
  attrs: XmlAttribute[];
  children: XmlNode[];
  // The element's own character data (text and CDATA), without its children's.
  text: string;
}

// A namespace URI, or a test for the families of URIs one format uses (WordPress' export/1.0 … 1.2).
export type NamespaceMatch = string | ((uri: string) => boolean);

const inNamespace = (uri: string, match: NamespaceMatch): boolean =>
  typeof match === 'string' ? uri === match : match(uri);

export const childOf = (node: XmlNode, ns: NamespaceMatch, local: string): XmlNode | undefined =>
  node.children.find((c) => c.local === local && inNamespace(c.uri, ns));

export const childrenOf = (node: XmlNode, ns: NamespaceMatch, local: string): XmlNode[] =>
  node.children.filter((c) => c.local === local && inNamespace(c.uri, ns));

// The trimmed text of a child element, '' when there is none.
export const childText = (node: XmlNode, ns: NamespaceMatch, local: string): string =>
  childOf(node, ns, local)?.text.trim() ?? '';

export const attrOf = (node: XmlNode, local: string, uri = ''): string | undefined =>
  node.attrs.find((a) => a.local === local && a.uri === uri)?.value;
