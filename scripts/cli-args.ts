import { parseArgs } from 'node:util';

/** Where a command acts: the stage (and its region) that serverless deploys. */
export interface StageOptions {
  stage: string;
  region: string;
}

/** Thrown for bad command-line arguments; the message says how to call the command. */
export class UsageError extends Error {
  constructor(message: string, usage: string) {
    super(`${message}\nUsage: ${usage}`);
    this.name = 'UsageError';
  }
}

const STAGE = /^[a-zA-Z][a-zA-Z0-9-]{0,15}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const USERNAME = /^[\w.+@-]{1,128}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function parse(argv: string[], usage: string, extra: Record<string, { type: 'string' }> = {}) {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { stage: { type: 'string' }, region: { type: 'string' }, ...extra },
      strict: true,
      allowPositionals: false,
    });
    const stage = values.stage ?? 'dev';
    const region = values.region ?? 'us-east-1';
    if (!STAGE.test(stage)) throw new UsageError(`Invalid --stage "${stage}"`, usage);
    if (!REGION.test(region)) throw new UsageError(`Invalid --region "${region}"`, usage);
    return { ...values, stage, region } as StageOptions & Record<string, string | undefined>;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError((error as Error).message, usage);
  }
}

/** `deploy`: `[--stage dev] [--region us-east-1] [--param key=value]…` (serverless.yml `params`). */
export function parseDeployArgs(argv: string[]): StageOptions & { params: string[] } {
  const usage =
    'npm run deploy -- [--stage dev] [--region us-east-1] [--param allowedOrigins=https://…]';
  const params = argv.flatMap((arg, i) => (arg === '--param' ? [argv[i + 1] ?? ''] : []));
  const inline = argv.filter((arg) => arg.startsWith('--param=')).map((arg) => arg.slice(8));
  const rest = argv.filter(
    (arg, i) => arg !== '--param' && argv[i - 1] !== '--param' && !arg.startsWith('--param='),
  );
  const { stage, region } = parse(rest, usage);
  const all = [...params, ...inline];
  const bad = all.find((param) => !/^[A-Za-z]\w*=.*$/.test(param));
  if (bad !== undefined)
    throw new UsageError(`Invalid --param "${bad}" (expected key=value)`, usage);
  return { stage, region, params: all };
}

/** `remove`: `[--stage dev] [--region us-east-1]`. */
export function parseStageArgs(argv: string[], command: string): StageOptions {
  const { stage, region } = parse(argv, `npm run ${command} -- [--stage dev] [--region us-east-1]`);
  return { stage, region };
}

/** `user:create`: `--username <name> --email <address> [--password <p>] [--stage] [--region]`. */
export function parseUserCreateArgs(
  argv: string[],
): StageOptions & { username: string; email: string; password?: string } {
  const usage =
    'npm run user:create -- --username <name> --email <address> [--password <p>] [--stage dev]';
  const values = parse(argv, usage, {
    username: { type: 'string' },
    email: { type: 'string' },
    password: { type: 'string' },
  });
  if (!values.username || !USERNAME.test(values.username)) {
    throw new UsageError('--username is required (letters, digits, . _ + @ -)', usage);
  }
  if (!values.email || !EMAIL.test(values.email)) {
    throw new UsageError('--email is required and must be an email address', usage);
  }
  const { stage, region, username, email, password } = values;
  return { stage, region, username, email, ...(password ? { password } : {}) };
}

/** `user:promote`: `--username <name> [--stage] [--region]`. */
export function parseUserPromoteArgs(argv: string[]): StageOptions & { username: string } {
  const usage = 'npm run user:promote -- --username <name> [--stage dev] [--region us-east-1]';
  const values = parse(argv, usage, { username: { type: 'string' } });
  if (!values.username || !USERNAME.test(values.username)) {
    throw new UsageError('--username is required', usage);
  }
  return { stage: values.stage, region: values.region, username: values.username };
}
