import { allowedUrl, LINK_SCHEMES } from '../../electron/core/shared/policy';
import { api, isDesktop } from './api';

// A link from a post, a comment or a reply, if the URL policy allows it: in the desktop app main hands it to the
// system's browser or mail program; in browser mode it opens in a new tab that cannot reach back to Kanal.
export function openLink(href: string): void {
  const url = allowedUrl(href, LINK_SCHEMES);
  if (!url) return;
  if (!isDesktop()) {
    window.open(url, '_blank', 'noopener,noreferrer');
    return;
  }
  api.app.openLink({ url }).catch((error: unknown) => console.warn('Kanal could not open the link:', error));
}
