import { ID_PATTERN } from '../../shared/schema';
import { childrenOf, childText, type XmlNode } from '../xml/xmlNode';
import { isWpNamespace as WP } from './wxrNamespaces';

// The meta keys a Kanal WXR export writes, so that importing it again lands in the same threads with nothing twice.
// WordPress keeps them as post and comment meta; a WordPress export made later carries them back.
export const KANAL_META = {
  thread: '_kanal_thread',
  fingerprint: '_kanal_fingerprint',
  reply: '_kanal_reply',
} as const;

const MAX_FINGERPRINT_LENGTH = 500;

// The value of one <wp:postmeta> or <wp:commentmeta> key, '' when there is none.
export function metaValue(node: XmlNode, element: 'postmeta' | 'commentmeta', key: string): string {
  const entry = childrenOf(node, WP, element).find((meta) => childText(meta, WP, 'meta_key') === key);
  return entry ? childText(entry, WP, 'meta_value') : '';
}

export const kanalId = (value: string): string | undefined => (ID_PATTERN.test(value) ? value : undefined);

export const kanalFingerprint = (value: string): string | undefined =>
  value !== '' && value.length <= MAX_FINGERPRINT_LENGTH ? value : undefined;
