import type { Extensions } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { isAllowedUrl } from '../policy/allowedUrl';

export { isAllowedUrl } from '../policy/allowedUrl';

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
        // linkify already knows http, https and mailto; registering no extra schemes keeps autolink to those.
        protocols: [],
        isAllowedUri: (url) => typeof url === 'string' && isAllowedUrl(url),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
  ];
}
