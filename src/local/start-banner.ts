import { isLoopback } from './loopback';
import type { DemoUser, DemoUserState } from './demo-user';

/** What `npm start` found and started, as the banner reports it. */
export interface BannerFacts {
  host: string;
  /** The port the app really listens on (PORT=0 picks one). */
  port: number;
  demo: DemoUser & { state: DemoUserState };
  dynamoEndpoint: string;
  cognitoEndpoint: string;
  dataDir: string;
  /** True when the data folder was missing or empty before this start. */
  freshData: boolean;
  logLevel: string;
}

/** Binds a browser on this machine reaches as `localhost`. */
const LOCALHOST = new Set(['127.0.0.1', 'localhost', '::1', '0.0.0.0', '::']);

export { isLoopback };

/** The address a person types: localhost for the usual loopback and wildcard binds, else HOST. */
export function appUrl(host: string, port: number): string {
  if (LOCALHOST.has(host.toLowerCase())) return `http://localhost:${port}`;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

function demoLine({ username, password, state }: BannerFacts['demo']): string {
  if (state === 'kept') {
    return `${username} with the password it was given earlier (stored; set DEMO_PASSWORD to replace it)`;
  }
  const note = state === 'applied' ? '   (DEMO_PASSWORD applied to the stored user)' : '';
  return `${username} / ${password}${note}`;
}

/** The lines `npm start` prints once it is ready; every statement in them is true of this run. */
export function startBanner(facts: BannerFacts): string {
  const dataNote = facts.freshData ? 'new data folder' : 'reusing stored data';
  const quiet = !['TRACE', 'DEBUG', 'INFO'].includes(facts.logLevel);
  const lines = [
    '',
    `Comment Board is running at ${appUrl(facts.host, facts.port)}`,
    `  Sign in as:     ${demoLine(facts.demo)}`,
    `  Emailed codes:  ${appUrl(facts.host, facts.port)}/_local/mail (sign-up and reset codes; this machine only)`,
    `  Local DynamoDB: ${facts.dynamoEndpoint}   Local Cognito: ${facts.cognitoEndpoint}`,
    `  Data folder:    ${facts.dataDir} (${dataNote}; delete it to start fresh)`,
    quiet
      ? `  Logs:           LOG_LEVEL=${facts.logLevel}: warnings and errors only (LOG_LEVEL=INFO adds a line per request)`
      : `  Logs:           LOG_LEVEL=${facts.logLevel}: a line per request`,
  ];
  if (!isLoopback(facts.host)) {
    lines.push(
      `  WARNING: HOST=${facts.host} lets other machines reach this app. The local stand-ins trust a`,
      '  published signing key (anyone can make a valid sign-in token), so do not let it face a network',
      '  you do not control. Forms are accepted from this URL and localhost only; set SITE_URL to the',
      '  address other devices type (e.g. SITE_URL=http://192.168.1.20:3000) when HOST is a wildcard.',
    );
  }
  lines.push('  Press Ctrl-C to stop.', '');
  return lines.join('\n');
}
