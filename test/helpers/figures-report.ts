import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where load and fault tests record what they measured (git-ignored). */
export const FIGURES_FILE = path.resolve(__dirname, '../../test-results/load-figures.json');

/** Records a test's measured figures under `name` in test-results/load-figures.json and prints them. */
export function reportFigures(name: string, figures: Record<string, unknown>): void {
  mkdirSync(path.dirname(FIGURES_FILE), { recursive: true });
  let all: Record<string, unknown> = {};
  try {
    all = JSON.parse(readFileSync(FIGURES_FILE, 'utf8')) as Record<string, unknown>;
  } catch {
    all = {};
  }
  all[name] = { ...figures, measuredAt: new Date().toISOString() };
  writeFileSync(FIGURES_FILE, `${JSON.stringify(all, null, 2)}\n`);
  process.stdout.write(`\n${name}: ${JSON.stringify(figures)}\n`);
}
