import type { Extensions } from '@tiptap/core';
import { Image } from '@tiptap/extension-image';
import { StarterKit } from '@tiptap/starter-kit';
import { isAllowedUrl, POST_LINK_REL } from '../policy';

// How a picture's stored src becomes an address the page can load, and back (the app serves stored pictures from its
// own origin); without them, the src is the address, as in the core and in exports.
export interface ImageAddresses {
  toAddress: (src: string) => string;
  fromAddress: (address: string) => string;
}

interface AttributeSource {
  getAttribute(name: string): string | null;
}

const sameAddress: ImageAddresses = { toAddress: (src) => src, fromAddress: (address) => address };

const pictures = (addresses: ImageAddresses) =>
  Image.extend({
    // One plain selector, which the core's HTML tree also reads; a data: URL is never taken from pasted HTML.
    parseHTML() {
      return [
        {
          tag: 'img[src]',
          getAttrs: (element) =>
            (element as unknown as AttributeSource).getAttribute('src')?.trim().toLowerCase().startsWith('data:')
              ? false
              : null,
        },
      ];
    },
    addAttributes() {
      return {
        ...this.parent?.(),
        src: {
          default: null,
          parseHTML: (element) => {
            // This layer is built without the DOM's types; the element is one all the same.
            const address = (element as unknown as AttributeSource).getAttribute('src');
            return address === null ? null : addresses.fromAddress(address);
          },
          renderHTML: (attributes) =>
            typeof attributes['src'] === 'string' ? { src: addresses.toAddress(attributes['src']) } : {},
        },
      };
    },
  });

// THE extensions of post bodies and replies: the renderer's editor and the core build the same schema from them.
export function postExtensions(addresses: ImageAddresses = sameAddress): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      // Underline reads as a link on the web and has no place in the export's allow-list.
      underline: false,
      // Kept: bloggers quote code, and imported <pre> would otherwise lose its line breaks.
      codeBlock: { defaultLanguage: null },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        // linkify already knows every scheme of LINK_SCHEMES; registering none keeps autolink to those, and isAllowedUri to the policy.
        protocols: [],
        isAllowedUri: (url) => isAllowedUrl(url),
        HTMLAttributes: { rel: POST_LINK_REL, target: null },
      },
    }),
    // Pictures are blocks of their own; allowBase64 stays off, so the editor never inserts a data: URL either.
    pictures(addresses).configure({ inline: false, allowBase64: false }),
  ];
}
