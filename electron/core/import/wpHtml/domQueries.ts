import type { AnyNode, Element } from 'domhandler';
import { DomUtils } from 'htmlparser2';

export const isElement = (node: AnyNode): node is Element => 'attribs' in node;

export const hasClass = (el: Element, name: string): boolean => (el.attribs.class ?? '').split(/\s+/).includes(name);

// A nested reply list: searches for one comment's parts stop at its border.
export const isReplyList = (el: Element): boolean => (el.name === 'ol' || el.name === 'ul') && hasClass(el, 'children');

// The first descendant that passes `test`, not looking inside nested reply lists.
export function findOwn(root: Element, test: (el: Element) => boolean): Element | undefined {
  for (const child of root.children) {
    if (!isElement(child) || isReplyList(child)) continue;
    if (test(child)) return child;
    const found = findOwn(child, test);
    if (found) return found;
  }
  return undefined;
}

export const findFirst = (nodes: AnyNode[], test: (el: Element) => boolean): Element | undefined =>
  DomUtils.findOne(test, nodes, true) ?? undefined;

export const textOf = (node: AnyNode | undefined): string =>
  node ? DomUtils.textContent(node).replace(/\s+/g, ' ').trim() : '';

// Serialized as UTF-8: only the characters markup needs are escaped, so "ö" stays "ö".
export const innerHtml = (el: Element | undefined): string =>
  el ? DomUtils.getInnerHTML(el, { encodeEntities: 'utf8' }) : '';

export const outerHtml = (node: AnyNode): string => DomUtils.getOuterHTML(node, { encodeEntities: 'utf8' });
