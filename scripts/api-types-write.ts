import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { createOpenApiDocument } from '../src/api/openapi-document';

/** Where the client's types live (committed; `npm run api:types` rewrites them). */
export const API_TYPES_FILE = path.join(__dirname, 'api-types.ts');

/** The TypeScript types of the current OpenAPI document, as openapi-typescript writes them. */
export async function apiTypesSource(): Promise<string> {
  const document = createOpenApiDocument();
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0]);
  return `// Generated from the OpenAPI document by \`npm run api:types\`; do not edit.\n${astToString(ast)}`;
}

// `npm run api:types` rewrites the file; `-- --check` exits 1 when it differs from the document.
if (require.main === module) {
  const file = path.relative(process.cwd(), API_TYPES_FILE);
  void apiTypesSource().then((source) => {
    if (!process.argv.includes('--check')) {
      writeFileSync(API_TYPES_FILE, source);
      console.log(`Wrote ${file}`);
    } else if (readFileSync(API_TYPES_FILE, 'utf8') !== source) {
      console.error(`${file} is not the current document's types: run npm run api:types`);
      process.exitCode = 1;
    } else console.log(`${file} matches the document`);
  });
}
