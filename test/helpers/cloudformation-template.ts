import { readFileSync } from 'node:fs';

/** One resource of a CloudFormation template. */
export interface CfnResource {
  Type: string;
  Properties: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  DependsOn?: string[];
}

/** A CloudFormation template as `serverless package` writes it. */
export interface CfnTemplate {
  Resources: Record<string, CfnResource>;
  Outputs: Record<string, { Value: unknown }>;
  Conditions: Record<string, unknown>;
}

/** Reads a packaged template. */
export function readTemplate(file: string): CfnTemplate {
  return JSON.parse(readFileSync(file, 'utf8')) as CfnTemplate;
}

/** Every resource of one type, by logical id. */
export function resourcesOfType(template: CfnTemplate, type: string): [string, CfnResource][] {
  return Object.entries(template.Resources).filter(([, resource]) => resource.Type === type);
}

/** The only resource of `type`; fails the test when there are none or several. */
export function onlyResource(template: CfnTemplate, type: string): [string, CfnResource] {
  const found = resourcesOfType(template, type);
  if (found.length !== 1) throw new Error(`expected exactly one ${type}, found ${found.length}`);
  return found[0];
}

/** `{ Ref: id }` as CloudFormation writes it. */
export const ref = (id: string) => ({ Ref: id });

/** `{ 'Fn::GetAtt': [id, attribute] }` as CloudFormation writes it. */
export const getAtt = (id: string, attribute: string) => ({ 'Fn::GetAtt': [id, attribute] });

/** Every string anywhere inside a value (to look for wildcards). */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** A value as a list (IAM allows a string or a list for Action and Resource). */
export const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);
