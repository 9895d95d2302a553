import { describe, expect, it } from 'vitest';
import { APP_CSP, APP_CSP_META, CSP_DIRECTIVES } from '../../../electron/core/csp';

const directives = (policy: string): Map<string, string[]> =>
  new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );

describe('the Content-Security-Policy', () => {
  const policy = directives(APP_CSP);

  it('runs only the app’s own scripts: no inline code, no eval, nothing from elsewhere', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(APP_CSP).not.toMatch(/'unsafe-eval'|'wasm-unsafe-eval'|'unsafe-hashes'|'strict-dynamic'/);
  });

  it('names no remote origin and no scheme beyond data: images', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) {
        const allowed = ["'self'", "'none'", "'unsafe-inline'"];
        if (name === 'img-src') allowed.push('data:');
        expect(allowed, `${name} ${source}`).toContain(source);
      }
    }
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('forbids plugins, a changed base, framing and form posts, and anything not named', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it('is the same policy in index.html, without what only a header can carry', () => {
    const meta = directives(APP_CSP_META);
    expect(meta.has('frame-ancestors')).toBe(false);
    expect([...meta.keys()]).toEqual(Object.keys(CSP_DIRECTIVES).filter((name) => name !== 'frame-ancestors'));
    for (const [name, sources] of meta) expect(sources).toEqual(policy.get(name));
  });
});
