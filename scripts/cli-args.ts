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

/** Where a user command acts: a deployed stage, or with `--local` the stack `npm start` runs. */
export type UserTarget = StageOptions & { local: boolean };

function parse(
  argv: string[],
  usage: string,
  extra: Record<string, { type: 'string' } | { type: 'boolean' }> = {},
  allowLocal = false,
) {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        stage: { type: 'string' },
        region: { type: 'string' },
        ...(allowLocal ? { local: { type: 'boolean' } } : {}),
        ...extra,
      },
      strict: true,
      allowPositionals: false,
    });
    const { local, ...rest } = values as Record<string, string | boolean | undefined>;
    if (local && (values.stage || values.region)) {
      throw new UsageError('--local acts on npm start; --stage and --region are for AWS', usage);
    }
    const stage = values.stage ?? 'dev';
    const region = values.region ?? 'us-east-1';
    if (!STAGE.test(stage)) throw new UsageError(`Invalid --stage "${stage}"`, usage);
    if (!REGION.test(region)) throw new UsageError(`Invalid --region "${region}"`, usage);
    return { ...rest, stage, region, local: local === true } as UserTarget &
      Record<string, string | undefined>;
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

/** `user:create`: `--username --email [--password] [--temporary] [--stage] [--region] [--local]`. */
export function parseUserCreateArgs(
  argv: string[],
): UserTarget & { username: string; email: string; password?: string; temporary: boolean } {
  const usage =
    'npm run user:create -- --username <name> --email <address> [--password <p>] [--temporary] [--stage dev | --local]';
  const values = parse(
    argv,
    usage,
    {
      username: { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
      temporary: { type: 'boolean' },
    },
    true,
  );
  if (!values.username || !USERNAME.test(values.username)) {
    throw new UsageError('--username is required (letters, digits, . _ + @ -)', usage);
  }
  if (!values.email || !EMAIL.test(values.email)) {
    throw new UsageError('--email is required and must be an email address', usage);
  }
  const { stage, region, local, username, email, password } = values;
  const temporary = (values.temporary as unknown) === true;
  return { stage, region, local, username, email, temporary, ...(password ? { password } : {}) };
}

/** `user:promote`: `--username <name> [--stage] [--region] [--local]`. */
export function parseUserPromoteArgs(argv: string[]): UserTarget & { username: string } {
  const usage =
    'npm run user:promote -- --username <name> [--stage dev] [--region us-east-1] [--local]';
  const values = parse(argv, usage, { username: { type: 'string' } }, true);
  if (!values.username || !USERNAME.test(values.username)) {
    throw new UsageError('--username is required', usage);
  }
  const { stage, region, local, username } = values;
  return { stage, region, local, username };
}

const BOARD = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

/** `recount`: `--board <slug> [--stage] [--region] [--local]`. */
export function parseRecountArgs(argv: string[]): UserTarget & { board: string } {
  const usage = 'npm run recount -- --board <slug> [--stage dev] [--region us-east-1] [--local]';
  const values = parse(argv, usage, { board: { type: 'string' } }, true);
  if (!values.board || !BOARD.test(values.board)) {
    throw new UsageError('--board is required (a board slug such as main)', usage);
  }
  const { stage, region, local, board } = values;
  return { stage, region, local, board };
}

/** `smoke`: `[--stage dev] [--region us-east-1] | --local`, and `--url` to aim at another address. */
export type SmokeArgs = UserTarget & { url?: string };

/** Parses `npm run smoke -- …`. */
export function parseSmokeArgs(argv: string[]): SmokeArgs {
  const usage = 'npm run smoke -- [--stage dev] [--region us-east-1] | --local [--url http://…]';
  const values = parse(argv, usage, { url: { type: 'string' } }, true);
  if (values.url !== undefined && !/^https?:\/\/[^\s/]+/.test(values.url)) {
    throw new UsageError(`Invalid --url "${values.url}" (expected http(s)://host[:port])`, usage);
  }
  const { stage, region, local, url } = values;
  return { stage, region, local, ...(url ? { url: url.replace(/\/+$/, '') } : {}) };
}

/** `user:erase`: `--sub <Cognito sub> [--stage] [--region] [--local]`. */
export function parseUserEraseArgs(argv: string[]): UserTarget & { sub: string } {
  const usage = 'npm run user:erase -- --sub <sub> [--stage dev] [--region us-east-1] [--local]';
  const values = parse(argv, usage, { sub: { type: 'string' } }, true);
  if (!values.sub || !/^[\w-]{1,128}$/.test(values.sub)) {
    throw new UsageError('--sub is required (the Cognito sub of the deleted account)', usage);
  }
  const { stage, region, local, sub } = values;
  return { stage, region, local, sub };
}
