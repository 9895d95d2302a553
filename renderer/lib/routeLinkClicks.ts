import { openLink } from './openLink';

// Left and middle buttons: the clicks that follow a link.
const FOLLOWING_BUTTONS = new Set([0, 1]);

// Every link click goes through openLink, so no link ever navigates the app's own page. In-page jumps and
// downloads stay as they are; in the editor a click places the cursor, and Ctrl or Cmd with it follows the link.
export function routeLinkClicks(root: Document = document): () => void {
  const onClick = (event: MouseEvent): void => {
    if (!FOLLOWING_BUTTONS.has(event.button) || !(event.target instanceof Element)) return;
    const anchor = event.target.closest('a[href]');
    if (!(anchor instanceof HTMLAnchorElement)) return;
    const href = anchor.getAttribute('href') ?? '';
    if (href.startsWith('#') || anchor.hasAttribute('download')) return;
    if (anchor.isContentEditable && !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    openLink(href);
  };
  root.addEventListener('click', onClick, true);
  root.addEventListener('auxclick', onClick, true);
  return () => {
    root.removeEventListener('click', onClick, true);
    root.removeEventListener('auxclick', onClick, true);
  };
}
