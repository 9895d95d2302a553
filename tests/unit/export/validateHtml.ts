import { HtmlValidate } from 'html-validate';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Matters of style, not validity: the doctype's case and "<br/>" for "<br>".
    'doctype-style': 'off',
    'void-style': 'off',
  },
});

// The messages of an independent HTML5 validator; a fragment is checked as the body of a page.
export async function htmlProblems(html: string, fragment = false): Promise<string[]> {
  const page = fragment
    ? `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>t</title></head><body>${html}</body></html>`
    : html;
  const report = await validator.validateString(page);
  return report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`));
}
