import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { VIEWPORTS } from './browser-session';

/** Where screenshots go (git-ignored). */
export const SCREENSHOT_DIR = path.resolve(__dirname, '../../test-results/screenshots');

/** One axe-core finding, trimmed to what a failing test message needs. */
export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** How wide the page is compared with the viewport; `overflows` when it scrolls sideways. */
export interface OverflowReport {
  viewportWidth: number;
  scrollWidth: number;
  overflows: boolean;
  widest: string[];
}

interface RawViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

let axeSource: string | undefined;

// Page-side scripts are strings: this project compiles without the DOM library.
const RUN_AXE = `window.axe.run().then((result) => result.violations)`;
const MEASURE_OVERFLOW = `(() => {
  const viewportWidth = document.documentElement.clientWidth;
  const scrollWidth = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
  const widest = Array.from(document.querySelectorAll('body *'))
    .filter((el) => el.getBoundingClientRect().right > viewportWidth + 1)
    .slice(0, 5)
    .map((el) => el.tagName.toLowerCase() + (el.className ? '.' + el.className : ''));
  return { viewportWidth, scrollWidth, overflows: scrollWidth > viewportWidth + 1, widest };
})()`;

/**
 * Runs axe-core in the page and returns its serious and critical violations. The script is
 * evaluated through the DevTools protocol, so the page's CSP (no inline script) does not block it.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const findings = await page.evaluate<RawViolation[]>(RUN_AXE);
  return findings
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((node) => node.target.join(' ')),
    }));
}

/** Measures horizontal overflow at the page's current viewport and names the widest elements. */
export function horizontalOverflow(page: Page): Promise<OverflowReport> {
  return page.evaluate<OverflowReport>(MEASURE_OVERFLOW);
}

/**
 * Saves full-page screenshots at desktop and 375 px phone width as `<name>-desktop.png` and
 * `<name>-phone.png`, and returns the overflow report at phone width. Restores the desktop size.
 */
export async function screenshotBothWidths(page: Page, name: string): Promise<OverflowReport> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize(VIEWPORTS.phone);
  const overflow = await horizontalOverflow(page);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize(VIEWPORTS.desktop);
  return overflow;
}
