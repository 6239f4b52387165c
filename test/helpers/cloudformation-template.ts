import { readFileSync } from 'node:fs';

/** One resource of a CloudFormation template. */
export interface CfnResource {
  Type: string;
  Properties: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  DependsOn?: string[];
  /** The template condition the resource exists under, if any. */
  Condition?: string;
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

/** Evaluates a template condition whose values are literals (as params make them): Not/Equals/And/Or. */
export function conditionHolds(template: Pick<CfnTemplate, 'Conditions'>, name: string): boolean {
  const evaluate = (node: unknown): unknown => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return node;
    const [fn, args] = Object.entries(node)[0] as [string, unknown[]];
    if (fn === 'Condition') return conditionHolds(template, args as unknown as string);
    if (fn === 'Fn::Not') return !evaluate(args[0]);
    if (fn === 'Fn::Equals') return String(evaluate(args[0])) === String(evaluate(args[1]));
    if (fn === 'Fn::And') return args.every((arg) => evaluate(arg) === true);
    if (fn === 'Fn::Or') return args.some((arg) => evaluate(arg) === true);
    throw new Error(`condition ${name} uses ${fn}, which only CloudFormation can evaluate`);
  };
  if (!(name in template.Conditions)) throw new Error(`no condition ${name}`);
  return evaluate(template.Conditions[name]) === true;
}

/** The value of an `Fn::If` once its condition is known. */
export function chosen(template: Pick<CfnTemplate, 'Conditions'>, value: unknown): unknown {
  const branch = (value as { 'Fn::If'?: [string, unknown, unknown] })['Fn::If'];
  if (!branch) return value;
  return conditionHolds(template, branch[0]) ? branch[1] : branch[2];
}
