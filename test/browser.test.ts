/// <reference lib="dom" />
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../src/render/html.js';
import { CORRECTED, fixture, parseOk, readText, ROOT, SEED } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const require = createRequire(import.meta.url);

// Without Chromium these tests are skipped on a developer's machine, with a warning, and fail in CI.
const available = existsSync(CHROMIUM);
if (!available && !process.env.CI) {
  console.warn(`browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium)`);
}

let browser: Browser;
let dir: string;

beforeAll(async () => {
  if (!available && !process.env.CI) return;
  if (!available) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium), as .ci/run does`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  dir = await mkdtemp(path.join(tmpdir(), 'minutes-browser-'));
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

async function open(file: string, name: string) {
  const html = renderHtml(parseOk(await readText(file), { path: file }));
  const target = path.join(dir, `${name}.html`);
  await writeFile(target, html);
  // The page's CSP forbids scripts; the test's own (axe) is injected past it.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(target).href);
  return { page, dialogs, requests, context };
}

describe.skipIf(!available && !process.env.CI).each([
  ['seed', SEED],
  ['corrected', CORRECTED],
  ['hostile', fixture('hostile/html-injection.md')],
])('the %s page in Chromium', (name, file) => {
  it('runs no script from the input, makes no request, and keeps no event handler or unsafe link', async () => {
    const { page, dialogs, requests, context } = await open(file, name);
    await page.mouse.move(10, 10);
    for (const link of await page.locator('main a').all()) await link.hover();
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
    expect(await page.locator('script, iframe, object, embed, svg').count()).toBe(0);
    const unsafe = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => /^on/i.test(attribute.name) || /^\s*(javascript|vbscript|data):/i.test(attribute.value))
          .map((attribute) => `${element.tagName} ${attribute.name}`),
      ),
    );
    expect(unsafe).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    await context.close();
  });

  it('lands every table-of-contents link on its section', async () => {
    const { page, context } = await open(file, name);
    const targets = await page.locator('nav.toc a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(targets.length).toBeGreaterThan(0);
    for (const [index, href] of targets.entries()) {
      await page.locator('nav.toc a').nth(index).click();
      expect(new URL(page.url()).hash).toBe(href);
      const top = await page.locator(`section${href}`).evaluate((section) => section.getBoundingClientRect().top);
      // The section is scrolled to the top, unless the page ends before it can be.
      const atEnd = await page.evaluate(() => Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight);
      expect(Math.abs(top) < 2 || (atEnd && top >= 0 && top < 800), `${href} at ${top}`).toBe(true);
    }
    await context.close();
  });

  it('has no accessibility violations (axe-core), in light and dark mode; a screenshot is kept', async () => {
    const { page, context } = await open(file, name);
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const result = await page.evaluate(async () => (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> } }).axe.run());
      expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`), scheme).toEqual([]);
      await page.screenshot({ path: path.join(ARTIFACTS, `${name}-${scheme}.png`), fullPage: true });
    }
    expect(existsSync(path.join(ARTIFACTS, `${name}-light.png`))).toBe(true);
    await context.close();
  });
});
