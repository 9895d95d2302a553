// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { webPicturesAsLinks } from '../../../renderer/features/editor/webPicturesAsLinks';

const stored = `${'a'.repeat(64)}.png`;

describe('pasted HTML with pictures', () => {
  it('turns a picture on the web into a picture link, its alt text (else its address) as the words', () => {
    const html = webPicturesAsLinks(
      '<p>Se: <img src="https://blogg.example/hund.png" alt=" En hund "> och <img src="http://blogg.example/b.gif"></p>',
    );
    expect(html).toBe(
      '<p>Se: <a href="https://blogg.example/hund.png" class="web-picture">En hund</a> och ' +
        '<a href="http://blogg.example/b.gif" class="web-picture">http://blogg.example/b.gif</a></p>',
    );
  });

  it('keeps a stored picture copied within the editor a picture, and leaves other pictures to the schema', () => {
    const copied = `<img src="${window.location.origin}/images/${stored}?token=t" alt="Ruta">`;
    expect(webPicturesAsLinks(copied)).toBe(copied);
    const other = '<img src="data:image/png;base64,AAAA" alt="x"><img src="javascript:alert(1)">';
    expect(webPicturesAsLinks(other)).toBe(other);
  });

  it('leaves HTML without pictures exactly as it came', () => {
    const html = '<p>Inga <b>bilder</b> här &amp; där</p>';
    expect(webPicturesAsLinks(html)).toBe(html);
  });
});
