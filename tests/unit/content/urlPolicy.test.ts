import { describe, expect, it } from 'vitest';
import {
  allowedUrl,
  allowedUrlField,
  isAllowedUrl,
  MAX_URL_LENGTH,
  WEB_SCHEMES,
} from '../../../electron/core/shared/policy';

const ofLength = (length: number): string => {
  const start = 'https://example.com/';
  return start + 'a'.repeat(length - start.length);
};

describe('the URL check', () => {
  it('gives absolute http, https and mailto links back as the browser will read them', () => {
    expect(allowedUrl('HTTPS://Example.COM/a b')).toBe('https://example.com/a%20b');
    expect(allowedUrl('http://example.com')).toBe('http://example.com/');
    expect(allowedUrl('mailto:hej@example.se')).toBe('mailto:hej@example.se');
    expect(allowedUrl('https://exempel.se/åäö')).toBe('https://exempel.se/%C3%A5%C3%A4%C3%B6');
  });

  it.each([
    ['a tab inside', 'java\tscript:alert(1)'],
    ['a tab in a web address', 'https://exa\tmple.com/'],
    ['a line break', 'https://example.com/\nx'],
    ['a NUL', 'https://example.com/\u0000'],
    ['DEL', 'https://example.com/\u007F'],
    ['a C1 control', 'https://example.com/\u0085'],
    ['a leading space', ' https://example.com/'],
    ['a trailing no-break space', 'https://example.com/\u00A0'],
    ['a relative path', '/relative'],
    ['a bare file name', 'page.html'],
    ['a scheme-relative address', '//example.com/'],
    ['a fragment', '#top'],
    ['a web scheme without slashes', 'http:example.com'],
    ['backslashes for slashes', 'https:\\\\example.com'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,x'],
    ['ftp:', 'ftp://example.com/'],
    ['tel:', 'tel:+4612345'],
    ['nothing', ''],
  ])('refuses %s', (_kind, url) => expect(allowedUrl(url)).toBeNull());

  it.each([null, undefined, 42, {}])('refuses %j, which is no string', (value) =>
    expect(isAllowedUrl(value)).toBe(false),
  );

  it(`takes addresses up to ${MAX_URL_LENGTH} characters`, () => {
    expect(isAllowedUrl(ofLength(MAX_URL_LENGTH))).toBe(true);
    expect(isAllowedUrl(ofLength(MAX_URL_LENGTH + 1))).toBe(false);
  });

  it('takes only http and https for web addresses', () => {
    expect(allowedUrl('mailto:hej@example.se', WEB_SCHEMES)).toBeNull();
    expect(allowedUrl('https://example.com/', WEB_SCHEMES)).toBe('https://example.com/');
  });

  it('forgives the white space around a field or attribute, and nothing inside it', () => {
    expect(allowedUrlField('  https://example.com/a \n')).toBe('https://example.com/a');
    expect(allowedUrlField(' JavaScript:alert(1)')).toBeNull();
    expect(allowedUrlField(' https://exa\tmple.com/ ')).toBeNull();
    expect(allowedUrlField(undefined)).toBeNull();
  });
});
