import iconv from 'iconv-lite';
import * as shim from '../../../src/shims/iconv-lite-utf8';

const TEXT = 'Grüße — ✓ 😀 done';
const BOM = '\uFEFF';

describe('the iconv-lite stand-in of the Lambda bundle', () => {
  it.each(['utf-8', 'UTF8', 'utf-16le', 'iso-8859-1', 'latin1'])(
    'when a body in %s is decoded, then it reads as iconv-lite reads it',
    (charset) => {
      const body = iconv.encode(TEXT, charset);

      expect(shim.encodingExists(charset)).toBe(true);
      expect(shim.decode(body, charset)).toBe(iconv.decode(body, charset));
    },
  );

  it('when a UTF-8 body starts with a byte-order mark, then the mark is dropped as iconv-lite drops it', () => {
    const body = Buffer.from(`${BOM}{"text":"x"}`);

    expect(shim.decode(body, 'utf-8')).toBe('{"text":"x"}');
    expect(shim.decode(body, 'utf-8')).toBe(iconv.decode(body, 'utf-8'));
  });

  it('when a body arrives in chunks that split characters, then the streaming decoder joins them', () => {
    const body = Buffer.from(`${BOM}${TEXT}`);
    const decoder = shim.getDecoder('utf-8');

    const text =
      [...body].map((byte) => decoder.write(Buffer.from([byte]))).join('') + decoder.end();

    expect(text).toBe(TEXT);
  });

  it('when the charset is one it does not carry, then it says so in the words raw-body matches', () => {
    expect(shim.encodingExists('utf-16be')).toBe(false);
    expect(iconv.encodingExists('utf-16be')).toBe(true);
    expect(() => shim.getDecoder('koi8-r')).toThrow(/^Encoding not recognized: /);
    expect(() => shim.decode(Buffer.from('x'), 'utf-32')).toThrow(/^Encoding not recognized: /);
  });
});
