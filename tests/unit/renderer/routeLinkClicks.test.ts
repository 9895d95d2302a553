// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const openLinkCall = vi.fn(async ({ url }: { url: string }) => ({ url }));
let desktop = true;
vi.mock('../../../renderer/lib/api', () => ({
  api: { app: { openLink: openLinkCall } },
  isDesktop: () => desktop,
}));
const { routeLinkClicks } = await import('../../../renderer/lib/routeLinkClicks');

let stop: () => void = () => undefined;
const windowOpen = vi.fn();
beforeEach(() => {
  desktop = true;
  openLinkCall.mockClear();
  windowOpen.mockClear();
  window.open = windowOpen as unknown as typeof window.open;
  stop = routeLinkClicks(document);
});
afterEach(() => {
  stop();
  document.body.innerHTML = '';
});

const link = (href: string, options: { editable?: boolean; download?: boolean } = {}): HTMLAnchorElement => {
  const host = document.createElement('div');
  if (options.editable) host.contentEditable = 'true';
  const anchor = document.createElement('a');
  anchor.setAttribute('href', href);
  if (options.download) anchor.setAttribute('download', 'x.html');
  anchor.textContent = 'link';
  host.append(anchor);
  document.body.append(host);
  return anchor;
};
const click = (element: Element, init: MouseEventInit = {}): MouseEvent => {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init });
  element.dispatchEvent(event);
  return event;
};

describe('a click on a link', () => {
  it('in the desktop app asks main to open web and mail links, and never navigates the page', () => {
    for (const href of ['https://example.com/post', 'mailto:reader@example.com']) {
      expect(click(link(href)).defaultPrevented).toBe(true);
      expect(openLinkCall).toHaveBeenLastCalledWith({ url: href });
    }
    expect(windowOpen).not.toHaveBeenCalled();
  });

  it('in browser mode opens a new tab that cannot reach back', () => {
    desktop = false;
    expect(click(link('https://example.com/post')).defaultPrevented).toBe(true);
    expect(windowOpen).toHaveBeenCalledWith('https://example.com/post', '_blank', 'noopener,noreferrer');
    expect(openLinkCall).not.toHaveBeenCalled();
  });

  it('on any other address goes nowhere', () => {
    for (const href of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'app://kanal/index.html',
      '/relative',
      'data:,x',
    ]) {
      expect(click(link(href)).defaultPrevented).toBe(true);
    }
    expect(openLinkCall).not.toHaveBeenCalled();
    expect(windowOpen).not.toHaveBeenCalled();
  });

  it('leaves in-page jumps and downloads alone', () => {
    expect(click(link('#main-content')).defaultPrevented).toBe(false);
    expect(click(link('blob:app://kanal/123', { download: true })).defaultPrevented).toBe(false);
    expect(openLinkCall).not.toHaveBeenCalled();
  });

  it('in the editor places the cursor; with Ctrl or Cmd it opens the link', () => {
    const anchor = link('https://example.com/', { editable: true });
    expect(click(anchor).defaultPrevented).toBe(false);
    expect(openLinkCall).not.toHaveBeenCalled();
    expect(click(anchor, { ctrlKey: true }).defaultPrevented).toBe(true);
    expect(click(anchor, { metaKey: true }).defaultPrevented).toBe(true);
    expect(openLinkCall).toHaveBeenCalledTimes(2);
  });

  it('with the middle button is routed the same way', () => {
    const event = new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 });
    link('https://example.com/').dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(openLinkCall).toHaveBeenCalledWith({ url: 'https://example.com/' });
  });
});
