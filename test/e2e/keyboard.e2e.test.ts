import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { DEMO_USER } from '../helpers/browser-session';
import type { LocalAppProcess } from '../helpers/local-app-process';
import { useBrowserApp } from '../helpers/browser-app';

const FOCUSED = `(() => {
  const el = document.activeElement;
  const style = el ? getComputedStyle(el) : null;
  return {
    id: el && el.id,
    name: el && el.getAttribute('name'),
    text: el && (el.textContent || '').trim(),
    outline: style ? style.outlineStyle + ' ' + style.outlineWidth : '',
  };
})()`;

interface Focused {
  id: string | null;
  name: string | null;
  text: string | null;
  outline: string;
}

/** Presses Tab until `matches` holds for the focused element (at most `limit` presses). */
async function tabTo(page: Page, matches: (el: Focused) => boolean, limit = 15): Promise<Focused> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate<Focused>(FOCUSED);
    if (matches(focused)) return focused;
  }
  throw new Error(`Tab never reached the element within ${limit} presses`);
}

describe('the board by keyboard alone', () => {
  const session = useBrowserApp();
  let app: LocalAppProcess;
  let page: Page;
  beforeAll(() => ({ app, page } = session));

  it('when a user only uses Tab, typing and Enter, then they can sign in and post, seeing where the focus is', async () => {
    const text = `Typed with the keyboard ${randomUUID().slice(0, 8)}`;
    await page.goto(`${app.baseUrl}/login`);

    const skip = await tabTo(page, () => true, 1);
    expect(skip.text).toBe('Skip to content');
    const username = await tabTo(page, (el) => el.id === 'username');
    expect(username.outline).not.toMatch(/^none/);
    await page.keyboard.type(DEMO_USER.username);
    await tabTo(page, (el) => el.id === 'password', 1);
    await page.keyboard.type(DEMO_USER.password);
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(page.url()).toBe(`${app.baseUrl}/comments?notice=signed-in`);

    await tabTo(page, (el) => el.id === 'comment-text');
    await page.keyboard.type(text);
    const button = await tabTo(page, (el) => el.text === 'Post comment', 1);
    expect(button.outline).not.toMatch(/^none/);
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    const first = page.locator('.comment-list > li').first().locator('.comment__body');
    await expect(first.textContent()).resolves.toBe(text);
  });
});
