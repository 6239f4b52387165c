import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { documentedOperations } from './openapi-contract';

interface RunConfig {
  testPathPatterns?: { patterns?: string[] } | string[];
  testNamePattern?: string;
  onlyChanged?: boolean;
  onlyFailures?: boolean;
  findRelatedTests?: boolean;
  lastCommit?: boolean;
}

/** True when jest ran every test file and test (not a filtered or changed-only run). */
export function isWholeRun(config: RunConfig): boolean {
  const raw = config.testPathPatterns;
  const patterns = Array.isArray(raw) ? raw : (raw?.patterns ?? []);
  return (
    patterns.length === 0 &&
    !config.testNamePattern &&
    !config.onlyChanged &&
    !config.onlyFailures &&
    !config.findRelatedTests &&
    !config.lastCommit
  );
}

/** The documented operations no integration test received a conforming response from. */
export function unexercisedOperations(folder: string): string[] {
  const files = existsSync(folder) ? readdirSync(folder) : [];
  const seen = new Set(
    files.flatMap((file) => readFileSync(path.join(folder, file), 'utf8').split('\n')),
  );
  return documentedOperations().filter((operation) => !seen.has(operation));
}
