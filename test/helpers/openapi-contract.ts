import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { createOpenApiDocument } from '../../src/api/openapi-document';

type Json = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** What the contract check needs of a received response. */
export interface ReceivedResponse {
  method: string;
  url: string;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  text?: string;
}

const document = createOpenApiDocument() as unknown as Json & { paths: Record<string, Json> };
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(document, 'openapi.json');

const pointer = (...keys: string[]) =>
  keys.map((key) => key.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

const templates = Object.keys(document.paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+').replace(/\./g, '\\.')}$`),
}));

function resolve(value: Json): { node: Json; at: string[] } | undefined {
  const ref = value.$ref;
  if (typeof ref !== 'string') return undefined;
  const at = ref.slice(2).split('/');
  return { node: at.reduce<Json>((node, key) => node[key] as Json, document), at };
}

/** The documented response for a request, with its place in the document; or why there is none. */
function documentedResponse(method: string, pathname: string, status: number) {
  const match = templates.find(({ pattern }) => pattern.test(pathname));
  const shared = (name: string) => ({
    node: (document.components as Json & { responses: Record<string, Json> }).responses[name],
    at: ['components', 'responses', name],
    operation: undefined,
  });
  if (!match) {
    // An unknown path (or a test's own route) may only answer the documented error envelope.
    if (status < 400) return `undocumented path ${pathname} (status ${status})`;
    const content = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };
    return {
      node: { content } as Json,
      at: ['components', 'schemas', 'Error'],
      operation: undefined,
      envelope: true,
    };
  }
  const verb = method === 'HEAD' ? 'get' : method.toLowerCase();
  const operation = document.paths[match.template][verb] as Json | undefined;
  if (!operation) {
    return status === 405
      ? shared('MethodNotAllowed')
      : `${method} ${match.template} is not documented (status ${status})`;
  }
  const raw = (operation.responses as Record<string, Json>)[String(status)];
  if (!raw) return `${method} ${match.template} does not document status ${status}`;
  const referenced = resolve(raw);
  const name = `${verb.toUpperCase()} ${match.template}`;
  return referenced
    ? { ...referenced, operation: name }
    : {
        node: raw,
        at: ['paths', match.template, verb, 'responses', String(status)],
        operation: name,
      };
}

/** Problems of a received `/api` response against the document; empty when it conforms. */
export function contractProblems(response: ReceivedResponse): {
  problems: string[];
  operation?: string;
} {
  const { pathname } = new URL(response.url);
  if (!pathname.startsWith('/api/') || response.method === 'OPTIONS') return { problems: [] };
  const found = documentedResponse(response.method, pathname, response.status);
  if (typeof found === 'string') return { problems: [found] };
  const where = `${response.method} ${pathname} → ${response.status}`;
  const problems: string[] = [];
  for (const [header, spec] of Object.entries((found.node.headers ?? {}) as Record<string, Json>)) {
    if (spec.required && response.headers[header.toLowerCase()] === undefined)
      problems.push(`${where}: header ${header} is missing`);
  }
  const content = found.node.content as Record<string, Json> | undefined;
  const type = String(response.headers['content-type'] ?? '');
  const bodiless = response.method === 'HEAD' || response.status === 304;
  if (!content) {
    if (!bodiless && response.text) problems.push(`${where}: a body where none is documented`);
  } else if (!bodiless && content['application/json']) {
    if (!type.startsWith('application/json')) problems.push(`${where}: content-type ${type}`);
    const schemaAt =
      'envelope' in found ? found.at : [...found.at, 'content', 'application/json', 'schema'];
    const at = `openapi.json#/${pointer(...schemaAt)}`;
    const validate = ajv.getSchema(at)!;
    if (!validate(response.body))
      problems.push(
        `${where}: ${ajv.errorsText(validate.errors)} in ${JSON.stringify(response.body)}`,
      );
  } else if (!bodiless && !Object.keys(content).some((media) => type.startsWith(media))) {
    problems.push(`${where}: content-type ${type}, documented ${Object.keys(content).join(', ')}`);
  }
  return { problems, operation: found.operation };
}

/** Every documented operation, as `METHOD /path/{param}`. */
export function documentedOperations(): string[] {
  return Object.entries(document.paths).flatMap(([template, item]) =>
    METHODS.filter((method) => item[method]).map((method) => `${method.toUpperCase()} ${template}`),
  );
}

/** Notes an exercised operation in this run's folder (one file per jest worker). */
export function recordExercised(folder: string, operation: string): void {
  mkdirSync(folder, { recursive: true });
  appendFileSync(path.join(folder, `worker-${process.pid}.txt`), `${operation}\n`);
}
