import { ImportFileError } from '../ImportFileError';
import { MAX_IMPORT_BYTES } from '../../shared/limits';
import { tooBigFile } from '../tooBigFile';
import { HEAD_BYTES, SNIFF_BYTES } from '../importLimits';
import { completeUtf8Prefix } from './completeUtf8Prefix';
import { detectEncoding, type TextEncoding } from './detectEncoding';

export interface TextFile {
  name: string;
  data: Uint8Array;
  encoding: TextEncoding;
  // The first HEAD_BYTES decoded, for format detection.
  head: string;
}

// Refuses what is not a readable text file before any parser sees it: too big, empty, binary, unknown charset.
export function openTextFile(name: string, data: Uint8Array): TextFile {
  if (data.byteLength > MAX_IMPORT_BYTES) {
    throw tooBigFile(name, data.byteLength);
  }
  const encoding = detectEncoding(data);
  if (data.byteLength <= encoding.bomLength) throw new ImportFileError(name, 'empty', 'the file is empty');
  const decoder = makeDecoder(name, encoding.label);
  if (encoding.label === 'utf-8')
    refuseBinary(name, data.subarray(encoding.bomLength, encoding.bomLength + SNIFF_BYTES));
  const head = decoder.decode(data.subarray(0, HEAD_BYTES), { stream: true });
  if (head.includes('\u0000')) throw binaryFile(name);
  if (head.trim() === '' && data.byteLength <= HEAD_BYTES)
    throw new ImportFileError(name, 'empty', 'the file is empty');
  return { name, data, encoding, head };
}

// Past the first bytes, a stray bad byte becomes U+FFFD rather than costing the whole file.
export function makeDecoder(name: string, label: string): InstanceType<typeof TextDecoder> {
  try {
    return new TextDecoder(label);
  } catch {
    throw new ImportFileError(name, 'encoding', `it uses the “${label}” character encoding, which Kanal cannot read`, {
      encoding: label,
    });
  }
}

function refuseBinary(name: string, sniff: Uint8Array): void {
  if (sniff.includes(0)) throw binaryFile(name);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(completeUtf8Prefix(sniff));
  } catch {
    throw binaryFile(name);
  }
}

const binaryFile = (name: string): ImportFileError =>
  new ImportFileError(name, 'binary', 'it is not a text file (it holds bytes that are not UTF-8 text)');
