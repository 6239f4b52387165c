import { StringDecoder } from 'node:string_decoder';

/**
 * Stands in for iconv-lite in the Lambda bundle (esbuild `alias`, serverless.yml custom.esbuild):
 * body-parser and raw-body only decode request bodies, and the app takes UTF-8 JSON and forms, so
 * the ~480 KB of code-page tables iconv-lite carries never run. Node's own decoders cover UTF-8,
 * UTF-16LE and Latin-1; any other charset is "not recognized", which body-parser answers with 415.
 */
const NATIVE: Record<string, BufferEncoding> = {
  utf8: 'utf8',
  utf16le: 'utf16le',
  ucs2: 'utf16le',
  latin1: 'latin1',
  iso88591: 'latin1',
  binary: 'latin1',
};
const BOM = '\uFEFF';

function nativeEncoding(encoding: string): BufferEncoding {
  const native =
    NATIVE[
      String(encoding)
        .toLowerCase()
        .replace(/[^0-9a-z]/g, '')
    ];
  if (!native) throw new Error(`Encoding not recognized: '${encoding}'`);
  return native;
}

const stripBom = (text: string) => (text.startsWith(BOM) ? text.slice(1) : text);

/** True for the charsets this stand-in decodes. */
export function encodingExists(encoding: string): boolean {
  try {
    return Boolean(nativeEncoding(encoding));
  } catch {
    return false;
  }
}

/** Decodes a whole body, dropping a leading byte-order mark as iconv-lite does by default. */
export function decode(buffer: Buffer, encoding: string): string {
  return stripBom(buffer.toString(nativeEncoding(encoding)));
}

/** A streaming decoder (raw-body's `getDecoder`), dropping a leading byte-order mark. */
export function getDecoder(encoding: string): { write(chunk: Buffer): string; end(): string } {
  const decoder = new StringDecoder(nativeEncoding(encoding));
  let first = true;
  return {
    write(chunk) {
      const text = decoder.write(chunk);
      if (!first || !text) return text;
      first = false;
      return stripBom(text);
    },
    end() {
      const text = decoder.end();
      return first ? stripBom(text) : text;
    },
  };
}
