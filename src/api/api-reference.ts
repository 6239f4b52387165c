import type { OpenApiDocument } from './openapi-document';

type Json = Record<string, unknown>;

/** One field of a parameter list or a JSON body, as the reference page lists it. */
export interface ReferenceField {
  name: string;
  where: string;
  type: string;
  required: boolean;
  description: string;
}

/** One operation as the reference page shows it. */
export interface ReferenceOperation {
  id: string;
  method: string;
  path: string;
  summary: string;
  bearer: boolean;
  fields: ReferenceField[];
  responses: Array<{ status: string; description: string; codes: string[]; headers: string[] }>;
}

/** The reference page's view model: the document's operations grouped by tag. */
export interface ReferenceView {
  title: string;
  description: string;
  groups: Array<{ name: string; description: string; operations: ReferenceOperation[] }>;
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

/** Follows a local `$ref` (`#/components/...`) once; anything else is returned as it is. */
function resolve(document: OpenApiDocument, value: unknown): Json {
  const ref = (value as Json | undefined)?.$ref;
  if (typeof ref !== 'string') return (value ?? {}) as Json;
  return ref
    .slice(2)
    .split('/')
    .reduce<Json>((node, key) => (node?.[key] ?? {}) as Json, document as unknown as Json);
}

function typeOf(document: OpenApiDocument, raw: unknown): string {
  const schema = resolve(document, raw);
  if (Array.isArray(schema.enum))
    return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
  if (schema.type === 'array') return `${typeOf(document, schema.items)}[]`;
  const named = (raw as Json | undefined)?.$ref;
  if (typeof named === 'string') return named.split('/').pop()!;
  return ([] as unknown[]).concat(schema.type ?? 'any').join(' | ');
}

function fieldsOf(document: OpenApiDocument, operation: Json): ReferenceField[] {
  const params = ((operation.parameters ?? []) as Json[]).map((param) => ({
    name: String(param.name),
    where: String(param.in),
    type: typeOf(document, param.schema),
    required: Boolean(param.required),
    description: String(param.description ?? ''),
  }));
  const body = resolve(
    document,
    (
      (resolve(document, operation.requestBody).content as Json | undefined)?.[
        'application/json'
      ] as Json
    )?.schema,
  );
  const required = new Set((body.required ?? []) as string[]);
  const properties = Object.entries((body.properties ?? {}) as Record<string, Json>).map(
    ([name, schema]) => ({
      name,
      where: 'body',
      type: typeOf(document, schema),
      required: required.has(name),
      description: String(resolve(document, schema).description ?? ''),
    }),
  );
  return [...params, ...properties];
}

function responsesOf(document: OpenApiDocument, operation: Json) {
  return Object.entries((operation.responses ?? {}) as Json).map(([status, raw]) => {
    const response = resolve(document, raw);
    const schema = (response.content as Json | undefined)?.['application/json'] as Json | undefined;
    const error = resolve(document, schema?.schema).properties as Json | undefined;
    const code = ((error?.error as Json | undefined)?.properties as Json | undefined)?.code as Json;
    return {
      status,
      description: String(response.description ?? ''),
      codes: (code?.enum ?? []) as string[],
      headers: Object.keys((response.headers ?? {}) as Json),
    };
  });
}

/** Builds the reference page's view model from the OpenAPI document. */
export function referenceView(document: OpenApiDocument): ReferenceView {
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((method) => item?.[method]).map((method) => {
      const operation = item![method] as unknown as Json;
      return {
        tag: ((operation.tags ?? ['other']) as string[])[0],
        id: String(operation.operationId),
        method: method.toUpperCase(),
        path,
        summary: String(operation.summary ?? ''),
        bearer: Array.isArray(operation.security) && operation.security.length > 0,
        fields: fieldsOf(document, operation),
        responses: responsesOf(document, operation),
      };
    }),
  );
  return {
    title: document.info.title,
    description: document.info.description ?? '',
    groups: (document.tags ?? []).map((tag) => ({
      name: tag.name,
      description: tag.description ?? '',
      operations: operations.filter((operation) => operation.tag === tag.name),
    })),
  };
}
