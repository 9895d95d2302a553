import { WEB_PICTURE_LINK_CLASS, webPictureLink } from '../../../electron/core/shared/images/webPictureLinks';
import { imageAddresses } from '../../lib/imageAddress';

// A picture pasted from a web page becomes the link an imported one is: showing it would fetch it, and nothing is
// fetched until the author presses "Download pictures". A stored picture copied within the editor stays a picture.
export function webPicturesAsLinks(html: string): string {
  if (!/<img/i.test(html)) return html;
  const page = new DOMParser().parseFromString(html, 'text/html');
  for (const image of page.querySelectorAll('img[src]')) {
    const src = image.getAttribute('src');
    if (src === null || imageAddresses.fromAddress(src) !== src) continue;
    const picture = webPictureLink(src, image.getAttribute('alt'));
    if (picture === null) continue;
    const link = page.createElement('a');
    link.href = picture.href;
    link.className = WEB_PICTURE_LINK_CLASS;
    link.textContent = picture.words;
    image.replaceWith(link);
  }
  return page.body.innerHTML;
}
