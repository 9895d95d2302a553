import { describe, expect, it } from 'vitest';
import { decodeWire, encodeWire } from '../../../electron/core/shared/wire';

describe('the HTTP wire format', () => {
  it('carries bytes inside JSON and back', () => {
    const value = { name: 'a.xml', data: new Uint8Array([0, 1, 254, 255]), nested: [{ data: new Uint8Array([7]) }] };
    expect(decodeWire(encodeWire(value))).toEqual(value);
  });

  it('reads text without bytes as plain JSON, and an object that only looks like bytes as it is', () => {
    const list = [{ id: 'p1', title: 'A "$bytes" title', words: 3 }];
    expect(decodeWire(encodeWire(list))).toEqual(list);
    const lookalike = { $bytes: 'AAE=', also: 1 };
    expect(decodeWire(encodeWire(lookalike))).toEqual(lookalike);
  });
});
