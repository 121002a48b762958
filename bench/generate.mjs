// Writes a corpus of realistic minutes for the benchmark: `node bench/generate.mjs COUNT [DIR]`.
// Seeded, so every run writes the same files: 6 to 12 numbered items with sub-items, EU-style prose that
// names actors and dates, task-list actions, about 6 KB a file; one file in 25 has a fault.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** mulberry32: a small, fast, seeded PRNG. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTORS = {
  COM: { name: 'European Commission', aliases: ['Commission'] },
  EEAS: { name: 'European External Action Service', aliases: [] },
  MS: { name: 'Member States', aliases: ['Member State'] },
  EP: { name: 'European Parliament', aliases: [] },
  EDPB: { name: 'European Data Protection Board', aliases: [] },
  ENISA: { name: 'European Union Agency for Cybersecurity', aliases: [] },
  PRES: { name: 'Presidency of the Council', aliases: ['Presidency'] },
  SEC: { name: 'Secretariat', aliases: [] },
};
const GLOSSARY = { RAS: 'Rapid Alert System', REC: 'Rights, Equality and Citizenship programme', AOB: 'Any other business', EU: 'European Union' };
const TOPICS = [
  'Awareness raising campaigns', 'Engagement with the Rapid Alert System', 'Role of social media platforms',
  'Data protection and micro-targeting', 'Cyber resilience of electoral systems', 'Involvement of civil society',
  'Exchange of views with the Presidency', 'Preparation of the table-top exercise', 'Funding under the REC programme',
  'Post-election reporting', 'National election networks', 'Transparency of political advertising', 'Closing remarks and AOB',
];
const SUBJECTS = ['COM', 'EEAS', 'The Commission', 'One Member State', 'Several Member States', 'EP', 'The Presidency', 'ENISA', 'The EDPB', 'MS'];
const VERBS = ['presented', 'gave an update on', 'underlined the importance of', 'reported on', 'discussed', 'welcomed', 'stressed the need for', 'informed the network about'];
const OBJECTS = [
  'the national awareness raising campaigns', 'the cooperation with social media platforms', 'the contact points of the RAS',
  'the implementation of the election package', 'the protection of personal data in campaigns', 'the resilience of electoral infrastructure',
  'the exchange of good practices', 'the work of the national networks', 'the role of civil society observers',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'September', 'October', 'November'];

export function generateMinutes(index, seed = 20190404) {
  const rnd = random(seed + index * 7919);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const year = 2015 + (index % 10);
  const month = 1 + Math.floor(rnd() * 12);
  const day = 1 + Math.floor(rnd() * 28);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const fault = index % 25 === 7 ? ['numbering', 'owner', 'date'][Math.floor(index / 25) % 3] : null;
  const actorLines = Object.entries(ACTORS)
    .map(([code, actor]) => (actor.aliases.length ? `  ${code}:\n    name: ${actor.name}\n    aliases: [${actor.aliases.join(', ')}]` : `  ${code}: ${actor.name}`))
    .join('\n');
  const glossaryLines = Object.entries(GLOSSARY).map(([key, value]) => `  ${key}: ${value}`).join('\n');
  const lines = [
    '---',
    `title: Meeting ${index + 1} of the European cooperation network on elections`,
    `date: ${date}`,
    'body: European cooperation network on elections',
    'location: Brussels',
    'chair: COM',
    `status: ${rnd() < 0.8 ? 'approved' : 'draft'}`,
    'language: en',
    'attendees: [COM, EEAS, MS, EP]',
    `actors:\n${actorLines}`,
    `glossary:\n${glossaryLines}`,
    '---',
    '',
  ];
  const sentence = () => {
    const base = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}`;
    const r = rnd();
    if (r < 0.12) return `${base}, with contributions expected by ${1 + Math.floor(rnd() * 28)} ${pick(MONTHS)}.`;
    if (r < 0.22) return `${base} at the meeting of ${1 + Math.floor(rnd() * 28)} ${pick(MONTHS)}.`;
    return `${base} and the work of the RAS in the EU.`;
  };
  const paragraph = () => {
    const count = 3 + Math.floor(rnd() * 4);
    const sentences = Array.from({ length: count }, sentence).join(' ');
    return sentences.replace(/(.{70,90}?) /g, '$1\n'); // hard-wrapped, as minutes copied from a word processor are
  };
  const action = (item, k) => {
    const owners = rnd() < 0.3 ? 'COM, EEAS' : pick(['COM', 'MS', 'EEAS', 'EP', 'SEC', 'ENISA']);
    const owner = fault === 'owner' && k === 0 ? 'NATO' : owners;
    const due = fault === 'date' && k === 0 ? `${year}-02-30` : `${year + 1}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    const done = rnd() < 0.3 ? 'x' : ' ';
    return `- [${done}] ${owner}: ${pick(['Circulate', 'Prepare', 'Share', 'Report on'])} ${pick(OBJECTS)} (due ${due})${rnd() < 0.2 ? ` {#m${index}-${item}-${k}}` : ''}`;
  };
  const items = 6 + Math.floor(rnd() * 7);
  // Titles drawn without repeats, as an agenda has them.
  const topics = [...TOPICS].sort(() => rnd() - 0.5);
  let nextTopic = 0;
  const topic = () => topics[nextTopic++ % topics.length];
  let size = lines.join('\n').length;
  for (let item = 1; item <= items; item++) {
    const number = fault === 'numbering' && item === items ? item - 2 : item;
    lines.push(`## ${number}. ${topic()}`, '', paragraph(), '');
    if (rnd() < 0.3) lines.push(`**Decision:** ${sentence()}`, '');
    if (rnd() < 0.35) {
      lines.push(`### ${number}.1 ${topic()}`, '', paragraph(), '');
    }
    const actions = Math.floor(rnd() * 3);
    if (actions) lines.push(...Array.from({ length: actions }, (_, k) => action(item, k)), '');
    size = lines.join('\n').length;
    if (size > 6200 && item >= 6) break;
  }
  while (lines.join('\n').length < 5600) lines.push(paragraph(), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * The meetings of this corpus are not one series each folder: numbers, dates and actions do not follow
 * from one file to the next, so the series rules would only report that. bench/series.mjs measures them
 * on coherent series.
 */
export const CONFIG = '# Generated minutes, not a meeting series: the series rules are measured by bench/series.mjs.\nseries: false\n';

export async function writeCorpus(count, dir) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'minutes.config.yaml'), CONFIG);
  // Folders of 500 files, as an archive by year would be.
  for (let index = 0; index < count; index++) {
    const folder = path.join(dir, String(Math.floor(index / 500)).padStart(3, '0'));
    if (index % 500 === 0) await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, `minutes-${String(index).padStart(5, '0')}.md`), generateMinutes(index));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? 2000);
  const dir = process.argv[3] ?? fileURLToPath(new URL(`corpus/${count}`, import.meta.url));
  await writeCorpus(count, dir);
  console.log(`wrote ${count} files to ${dir}`);
}
