import type { BrowserContext, Page } from '@playwright/test';

// What a hostile payload would do if it ran or reached out: guards the security specs read after each view.

const MARKER = 'kanal-xss-marker';

export interface Guards {
  // Requests for anything but the local host, stopped before they left the machine.
  outside: string[];
  // Dialogs that opened and script sinks that were called (alert, confirm, prompt, print).
  executed: string[];
}

// Every request not for the host is recorded and answered here (by `answer`, or aborted); every dialog and
// every call of a dialog function is recorded, in this page and in any page it opens.
export async function guard(
  context: BrowserContext,
  page: Page,
  answer?: (url: URL) => { body: string; contentType: string } | null,
): Promise<Guards> {
  const host = new URL(page.url()).host;
  const guards: Guards = { outside: [], executed: [] };
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.host === host && url.protocol === 'http:') return route.continue();
    guards.outside.push(url.href);
    const fake = answer?.(url);
    return fake ? route.fulfill({ status: 200, body: fake.body, contentType: fake.contentType }) : route.abort();
  });
  await context.addInitScript((marker) => {
    for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
      const original = window[name] as (...args: unknown[]) => unknown;
      Object.defineProperty(window, name, {
        value: (...args: unknown[]) => {
          console.log(`${marker}:${name}`);
          return original.apply(window, args);
        },
      });
    }
  }, MARKER);
  const watch = (watched: Page): void => {
    watched.on('dialog', (dialog) => {
      guards.executed.push(`dialog ${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    watched.on('console', (message) => {
      if (message.text().startsWith(MARKER)) guards.executed.push(message.text());
    });
  };
  watch(page);
  context.on('page', watch);
  return guards;
}

// Elements and attributes that could run code or send data, inside `root` (the whole page by default):
// event-handler attributes, script-bearing URLs, frames, plugins, forms, scripts, base and refresh tags.
export async function liveMarkup(page: Page, root = 'body'): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    const scriptUrl = /^(?:javascript|vbscript|data:text\/html|data:image\/svg)/;
    const urlAttributes = [
      'href',
      'src',
      'action',
      'formaction',
      'xlink:href',
      'data',
      'poster',
      'background',
      'srcdoc',
    ];
    const live = 'iframe, frame, frameset, object, embed, applet, form, script, base, meta[http-equiv], portal, link';
    for (const container of document.querySelectorAll(selector)) {
      for (const element of [container, ...container.querySelectorAll('*')]) {
        const tag = element.localName;
        if (element.matches(live)) found.push(`<${tag}>`);
        for (const attribute of element.getAttributeNames()) {
          // Browsers skip white space and control characters in a URL's scheme: "java\tscript:" runs.
          // eslint-disable-next-line no-control-regex -- control characters are exactly what this strips.
          const value = (element.getAttribute(attribute) ?? '').replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
          if (attribute.startsWith('on')) found.push(`<${tag} ${attribute}>`);
          if (urlAttributes.includes(attribute) && scriptUrl.test(value))
            found.push(`<${tag} ${attribute}="${value}">`);
          if (attribute === 'style' && /url\(|expression\(/.test(value)) found.push(`<${tag} style="${value}">`);
        }
      }
    }
    return found;
  }, root);
}
