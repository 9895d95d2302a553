import type { Extensions } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { isAllowedUrl, POST_LINK_REL } from '../policy';

// THE extensions of post bodies and replies: the renderer's editor and the core build the same schema from them.
export function postExtensions(): Extensions {
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
  ];
}
