import type { ImageAddresses } from '../../electron/core/shared/content/extensions';
import { IMAGE_ROUTE, imageNameOf, imageRef, isImageName } from '../../electron/core/shared/images/imageRefs';
import { sessionToken } from './sessionToken';

// Stored pictures are served from the app's own origin (app://kanal/images/… on the desktop, the host's /images/… with
// this tab's token in the browser); the doc keeps its kanal-image: reference.
export const imageAddresses: ImageAddresses = {
  toAddress: (src) => {
    const name = imageNameOf(src);
    if (!name) return src;
    const token = window.kanal ? null : sessionToken();
    return `${IMAGE_ROUTE}${name}${token ? `?token=${encodeURIComponent(token)}` : ''}`;
  },
  // A picture copied within the editor comes back as the address it was shown by.
  fromAddress: (address) => {
    let url: URL;
    try {
      url = new URL(address, window.location.href);
    } catch {
      return address;
    }
    const name = url.pathname.startsWith(IMAGE_ROUTE) ? url.pathname.slice(IMAGE_ROUTE.length) : '';
    return url.origin === window.location.origin && isImageName(name) ? imageRef(name) : address;
  },
};
