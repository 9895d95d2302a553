import { DOMParser, DOMSerializer, type Fragment, type Schema } from '@tiptap/pm/model';
import { Window } from 'happy-dom';

// The Node core's only DOM: one script-less happy-dom window for the whole process, because building a window per
// call cost more than the parse. It parses and serializes markup that was sanitized before, nothing else.

type ParsableNode = Parameters<DOMParser['parse']>[0];

let window: Window | null = null;

const sharedWindow = (): Window =>
  (window ??= new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  }));

// The body of an HTML document holding `html`, as a node ProseMirror's DOMParser reads.
export function parseHtmlBody(html: string): ParsableNode {
  const parser = new (sharedWindow().DOMParser)();
  const doc = parser.parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
  return doc.body as unknown as ParsableNode;
}

// ProseMirror content as HTML, the way the editor renders it.
export function fragmentToHtml(fragment: Fragment, schema: Schema): string {
  const document = sharedWindow().document;
  const container = document.createElement('div');
  const rendered = DOMSerializer.fromSchema(schema).serializeFragment(fragment, {
    document: document as unknown as NonNullable<
      NonNullable<Parameters<DOMSerializer['serializeFragment']>[1]>['document']
    >,
  });
  container.appendChild(rendered as unknown as Parameters<typeof container.appendChild>[0]);
  return container.innerHTML;
}
