import { describe, expect, it } from 'vitest';
import { pageNames, inside } from '../../src/io/output-dir.js';
import { renderHtml } from '../../src/render/html.js';
import { renderIndex } from '../../src/render/html-index.js';
import { CORRECTED, fixture, parseOk, readText, SEED } from '../helpers.js';

const page = async (file: string) => renderHtml(parseOk(await readText(file), { path: file }));

describe('HTML page', async () => {
  const corrected = await page(CORRECTED);

  it('is a standalone document in the language of the front matter, with the meeting in its header', async () => {
    expect(corrected).toMatch(/^<!doctype html><html lang="en"><head><meta charset="utf-8">/);
    expect(corrected).toContain('<h1>Third meeting of the European cooperation network on elections (corrected)</h1>');
    expect(corrected).toContain('<dt>Date</dt><dd><time datetime="2019-04-04">4 April 2019</time></dd>');
    expect(corrected).not.toMatch(/<(script|link|img|iframe)\b/);
    expect(corrected).not.toMatch(/\b(src|href)="(https?:)?\/\/(?!what-europe|yourvotematters)/);
    const french = renderHtml(parseOk('---\ntitle: Réunion\ndate: 2019-04-04\nlanguage: fr\n---\n\n## 1. Ouverture\n\nTexte.\n'));
    expect(french).toContain('<html lang="fr">');
    expect(french).toContain('<time datetime="2019-04-04">4 avril 2019</time>');
  });

  it('has a table of contents whose every link names a section, with anchors from the item’s place', () => {
    const links = [...corrected.matchAll(/<li><a href="#([^"]+)">/g)].map((match) => match[1]);
    const sections = [...corrected.matchAll(/<section id="([^"]+)"/g)].map((match) => match[1]);
    expect(links).toEqual(['item-1', 'item-2', 'item-3', 'item-4', 'item-5', 'item-6', 'item-7', 'item-8', 'item-9', 'item-10']);
    expect(sections).toEqual(links);
  });

  it('is the same from run to run', async () => {
    expect(await page(CORRECTED)).toBe(corrected);
  });

  it('numbers the seed’s items by their place', async () => {
    expect(await page(SEED)).toContain('<h2 id="item-7-title"><span class="number">7.</span> Role of social media platforms');
  });

  it('lists actions in a table with owners, text, due date and status', () => {
    expect(corrected).toContain(
      '<tr id="action-ras-contact-point"><td><abbr title="Member States">MS</abbr></td><td>Include the <abbr title="Rapid Alert System">RAS</abbr> contact point in the national election network</td><td><time datetime="2019-05-15">15 May 2019</time></td><td class="status-open">Open</td></tr>',
    );
    expect(corrected).toContain('<td class="status-done">Done</td>');
    expect(corrected).not.toContain('type="checkbox"');
  });

  it('marks decisions and deadlines, and explains actor codes', () => {
    expect(corrected).toContain('<p class="decision"><strong>Agreed:</strong> national election networks');
    expect(corrected).toContain(
      'open until <mark class="deadline" title="Deadline: 11 April 2019"><time datetime="2019-04-11" title="11 April 2019">April 11</time></mark>.',
    );
    expect(corrected).toContain('<time datetime="2019-03-13" title="13 March 2019">13 March</time>');
    expect(corrected).toContain('<abbr title="European External Action Service">EEAS</abbr> gave a presentation');
  });

  it('keeps links', () => {
    expect(corrected).toContain('<a href="https://what-europe-does-for-me.eu/">https://what-europe-does-for-me.eu/</a>');
  });

  it('lets no script, event handler, frame or unsafe URL through from hostile input', async () => {
    const hostile = await page(fixture('hostile/html-injection.md'));
    // Tags only: attribute values (which may quote hostile text, escaped) are blanked first.
    const tags = hostile.replace(/"[^"]*"/g, '""');
    expect(tags).not.toMatch(/<(script|iframe|svg|object|embed)\b|<style>body|<[^>]*\son\w+=/i);
    expect(hostile).not.toMatch(/href="(javascript|vbscript|data):/i);
    expect(hostile).toContain('<a href="https://example.org/minutes">normal link</a>');
    expect(hostile).toContain('<a href="https://example.com/tracker.png">tracker</a>'); // an image becomes a link: nothing loads
    expect(hostile).toContain('<h1>Hostile HTML &#x3C;script>');
  });
});

describe('index page and page names', () => {
  it('lists meetings newest first with links to their pages', async () => {
    const models = await Promise.all(['committee/2019-01-24.md', 'committee/2019-04-04.md'].map(async (name) => parseOk(await readText(fixture(name))).model));
    const index = renderIndex(models.map((model, i) => ({ title: model.meta.title, date: model.meta.date, body: model.meta.body ?? null, openActions: 1, href: `page-${i}.html` })));
    expect([...index.matchAll(/<a href="([^"]+)">/g)].map((m) => m[1])).toEqual(['page-1.html', 'page-0.html']);
    expect(index).toContain('<caption>2 meetings</caption>');
  });

  it('never leave the output folder and never collide', () => {
    const names = pageNames(['../../etc/passwd.md', 'a/minutes.md', 'b/minutes.md', '-', '.hidden.md', 'index.md'], '.html', ['index.html']);
    expect(names).toEqual(['passwd.html', 'minutes.html', 'minutes-2.html', 'stdin.html', 'hidden.html', 'index-2.html']);
    for (const name of names) expect(inside('/out', name).startsWith('/out/')).toBe(true);
    expect(() => inside('/out', '../x.html')).toThrow(/refusing to write outside/);
  });
});
