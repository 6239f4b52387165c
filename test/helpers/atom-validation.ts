import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

/** RFC 4287's RELAX NG schema, kept in the repository (test/fixtures/atom/atom.rnc says how). */
const ATOM_RNG = path.join(__dirname, '..', 'fixtures', 'atom', 'atom.rng');

/** The schema errors of an Atom document (xmllint compiled to wasm, `--relaxng`); [] when valid. */
export async function atomSchemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'feed.xml', contents: xml }],
    schema: [{ fileName: 'atom.rng', contents: readFileSync(ATOM_RNG, 'utf8') }],
    extension: 'relaxng',
  });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}
