import type * as z from 'zod';
import { ValidationError } from './errors';

/** Every problem of a request, by field; the message lists them all, each field once. */
export class FieldErrors extends ValidationError {
  constructor(
    readonly fields: Record<string, string>,
    code: string,
  ) {
    super(Object.values(fields).join('; '), code);
  }
}

/**
 * A check whose failure answers its own error code (e.g. `invalid_password`) instead of the
 * generic `validation_error`; `abort` stops that field's later checks, so each field says one thing.
 */
export function coded(code: string, message: string) {
  return { error: message, params: { code }, abort: true } as const;
}

const codeOf = (issue: z.core.$ZodIssue): string => {
  const code = issue.code === 'custom' ? issue.params?.code : undefined;
  return typeof code === 'string' ? code : 'validation_error';
};

/**
 * Parses a request part with its schema: the typed value, or one 400 naming every bad field (a
 * single problem keeps its own code, several are `validation_error`).
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  const codes: string[] = [];
  for (const issue of result.error.issues) {
    const name = issue.path.map(String).join('.') || 'body';
    if (name in fields) continue;
    fields[name] = issue.message;
    codes.push(codeOf(issue));
  }
  throw new FieldErrors(fields, codes.length === 1 ? codes[0] : 'validation_error');
}

/** Like parseInput for a form or JSON body read field by field: anything but an object has no fields. */
export function parseFields<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const fields = typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {};
  return parseInput(schema, fields);
}
