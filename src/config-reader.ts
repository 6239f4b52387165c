const LOG_LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'CRITICAL', 'SILENT'];
/** AWS region names: `us-east-1`, `us-gov-west-1`, `us-isob-east-1`, `cn-north-1`… */
const REGION = /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d+$/;
/** An IP address or a DNS name; anything else cannot be bound. */
const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|[0-9A-Fa-f:.]+)$/;

/** True for `http(s)://host[:port]` exactly as a browser sends it in an `Origin` header. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && url.origin === value;
  } catch {
    return false;
  }
}

/**
 * Typed readers over an environment record: each returns the value (or its default) and adds a
 * sentence naming the key to `problems` when the value is malformed, so one error can list them all.
 */
export function configReader(env: Record<string, string | undefined>, problems: string[]) {
  const optional = (key: string): string | undefined => {
    const value = env[key]?.trim();
    return value ? value : undefined;
  };
  const required = (key: string): string => {
    const value = optional(key);
    if (!value) problems.push(`${key} is required`);
    return value ?? '';
  };
  const url = (key: string): string | undefined => {
    const value = optional(key);
    if (value && !/^https?:\/\/[^\s]+$/.test(value)) problems.push(`${key} must be an http(s) URL`);
    return value?.replace(/\/+$/, '');
  };
  const port = (key: string, fallback: number): number => {
    const raw = optional(key);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0 || value > 65535) {
      problems.push(`${key} must be a port number (0-65535), got "${raw}"`);
    }
    return value;
  };
  const logLevel = (key: string, fallback = 'INFO'): string => {
    const value = (optional(key) ?? fallback).toUpperCase();
    if (!LOG_LEVELS.includes(value))
      problems.push(`${key} must be one of ${LOG_LEVELS.join(', ')}`);
    return value;
  };
  const region = (key: string): string => {
    const value = optional(key) ?? 'us-east-1';
    if (!REGION.test(value))
      problems.push(`${key} must be an AWS region such as eu-west-1, got "${value}"`);
    return value;
  };
  const origins = (key: string): string[] => {
    const list = (optional(key) ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean);
    const bad = list.filter((origin) => !isOrigin(origin));
    if (bad.length > 0) {
      problems.push(
        `${key} must list origins such as https://app.example.com (scheme and host, no path); not: ${bad.join(', ')}`,
      );
    }
    return list;
  };
  const host = (key: string): string => {
    const value = optional(key) ?? '127.0.0.1';
    if (!HOST.test(value))
      problems.push(`${key} must be an IP address or host name, got "${value}"`);
    return value;
  };
  const wholeNumber = (key: string, fallback: number, min: number, max: number): number => {
    const raw = optional(key);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      problems.push(`${key} must be a whole number from ${min} to ${max}, got "${raw}"`);
    }
    return value;
  };
  const flag = (key: string): boolean => {
    const raw = optional(key)?.toLowerCase();
    if (raw !== undefined && raw !== 'true' && raw !== 'false')
      problems.push(`${key} must be true or false, got "${raw}"`);
    return raw === 'true';
  };
  return { optional, required, url, port, logLevel, region, origins, host, wholeNumber, flag };
}
