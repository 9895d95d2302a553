import { Window } from 'happy-dom';

let parser: InstanceType<Window['DOMParser']> | null = null;

// One script-less happy-dom window for the whole process: building a window per call cost more than the parse.
// happy-dom only parses here; sanitizing is done before, by sanitize-html.
export function parseHtmlBody(html: string): HTMLElement {
  if (!parser) {
    const window = new Window({
      settings: {
        disableJavaScriptEvaluation: true,
        disableJavaScriptFileLoading: true,
        disableCSSFileLoading: true,
        disableIframePageLoading: true,
        disableComputedStyleRendering: true,
      },
    });
    parser = new window.DOMParser();
  }
  const doc = parser.parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
  return doc.body as unknown as HTMLElement;
}
