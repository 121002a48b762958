// Makes the test documents of the document readers (fixtures/documents/): real minutes of the fixtures,
// rendered mechanically so that nobody tunes the readers to them.
//   - PDF: the minutes' own HTML page (`minutes export --format html`) printed by Debian's Chromium, with
//     a running header (a document reference) and a footer (`Page N of M`); one in two columns.
//   - Text: `pdftotext` (poppler-utils) of each PDF.
//   - Word: pandoc from the Markdown (headings numbered as typed), and one whose headings are numbered
//     by Word's automatic numbering, restarted where the minutes restart (the seed's 1 to 6, then 5, 6, 5, 6).
//   - Bad input: a PDF protected by a password (qpdf), a damaged PDF, a scanned (image-only) PDF, a
//     .docx that is not a ZIP, a password-protected .docx (an OLE file holding an EncryptedPackage).
// Each original is copied beside its documents as `<name>.md`, the answer the tests score against.
// Usage: node scripts/make-test-documents.mjs  (needs chromium, pandoc, pdftotext and qpdf)
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = path.join(root, 'fixtures', 'documents');
const bad = path.join(out, 'bad');
const bin = path.join(root, 'bin', 'minutes.js');

/** The originals: real minutes among the fixtures. `columns`: printed in two columns. */
const ORIGINALS = [
  { name: 'election-network', file: 'fixtures/election-network-2019-04-04.md', autonumber: true },
  { name: 'committee-2019-01-24', file: 'fixtures/committee/2019-01-24.md' },
  { name: 'committee-2019-02-21', file: 'fixtures/committee/2019-02-21.md', columns: true },
  { name: 'committee-2019-04-04', file: 'fixtures/committee/2019-04-04.md' },
  // Real minutes of other communities, as their readers import them (`minutes import`).
  { name: 'w3c-pwg-2019-04-29', file: 'fixtures/readers/w3c/pwg-2019-04-29.md', imported: true },
  { name: 'tc39-2020-07-22', file: 'fixtures/readers/tc39/tc39-2020-07-22.md', imported: true, columns: true },
  { name: 'apache-board-2018-04-11', file: 'fixtures/readers/apache-board/board_minutes_2018_04_11.txt', imported: true },
];

const HEADER = '<div style="font-size:7px;width:100%;text-align:right;margin-right:15mm">Ref. Ares(2019)2345678 - 04/04/2019</div>';
const FOOTER = '<div style="font-size:7px;width:100%;text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';
const TWO_COLUMNS = '<style>@media print { main { column-count: 2; column-gap: 9mm; } table { font-size: 8pt; } }</style>';

const run = (command, args, options = {}) => execFileSync(command, args, { cwd: root, maxBuffer: 64 * 1024 * 1024, ...options });

async function main() {
  await rm(out, { recursive: true, force: true });
  await mkdir(bad, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    for (const original of ORIGINALS) {
      const markdown = path.join(out, `${original.name}.md`);
      if (original.imported) run(process.execPath, [bin, 'import', original.file, '-o', markdown]);
      else await copyFile(path.join(root, original.file), markdown);
      let html = run(process.execPath, [bin, 'export', markdown, '--format', 'html'], { cwd: root }).toString('utf8');
      if (original.columns) html = html.replace('</head>', `${TWO_COLUMNS}</head>`);
      await page.setContent(html);
      const pdf = path.join(out, `${original.name}${original.columns ? '-columns' : ''}.pdf`);
      await page.pdf({ path: pdf, format: 'A4', margin: { top: '22mm', bottom: '22mm', left: '18mm', right: '18mm' }, displayHeaderFooter: true, headerTemplate: HEADER, footerTemplate: FOOTER });
      await writeFile(`${pdf}.txt`, run('pdftotext', ['-enc', 'UTF-8', pdf, '-']));
      run('pandoc', [markdown, '--from', 'markdown', '--to', 'docx', '-o', path.join(out, `${original.name}.docx`)]);
      if (original.autonumber) await autonumbered(markdown, path.join(out, `${original.name}-autonumber.docx`));
    }
    await badInput(page);
  } finally {
    await browser.close();
  }
}

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The minutes as a .docx whose agenda headings carry no typed number: Word numbers them, with a list
 * that starts again (`w:startOverride`) wherever the minutes' own numbers do not follow on.
 */
async function autonumbered(markdown, target) {
  const text = await readFile(markdown, 'utf8');
  const groups = [];
  let previous = 0;
  const lines = text.split('\n').map((line) => {
    const heading = /^## (\d+)\. (.*)$/.exec(line);
    if (!heading) return line;
    const number = Number(heading[1]);
    if (number !== previous + 1) groups.push(number);
    else if (groups.length === 0) groups.push(1);
    previous = number;
    const numId = 9000 + groups.length;
    return `\n\`\`\`{=openxml}\n<w:p><w:pPr><w:pStyle w:val="Heading2"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">${escapeXml(heading[2])}</w:t></w:r></w:p>\n\`\`\`\n`;
  });
  const source = `${target}.md`;
  await writeFile(source, lines.join('\n'));
  run('pandoc', [source, '--from', 'markdown', '--to', 'docx', '-o', target]);
  await rm(source);
  const zip = await JSZip.loadAsync(await readFile(target));
  const numbering = (await zip.file('word/numbering.xml')?.async('string')) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"></w:numbering>';
  const abstract = '<w:abstractNum w:abstractNumId="9000"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>';
  const nums = groups
    .map((start, index) => `<w:num w:numId="${9001 + index}"><w:abstractNumId w:val="9000"/>${index === 0 ? '' : `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${start}"/></w:lvlOverride>`}</w:num>`)
    .join('');
  // Abstract numberings come before the nums in numbering.xml.
  const firstNum = numbering.indexOf('<w:num ');
  const withAbstract = firstNum === -1 ? numbering.replace('</w:numbering>', `${abstract}</w:numbering>`) : `${numbering.slice(0, firstNum)}${abstract}${numbering.slice(firstNum)}`;
  zip.file('word/numbering.xml', withAbstract.replace('</w:numbering>', `${nums}</w:numbering>`));
  if (!zip.file('[Content_Types].xml') || !(await zip.file('[Content_Types].xml').async('string')).includes('numbering.xml')) throw new Error('pandoc wrote no numbering part');
  await writeFile(target, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/** Small files a reader must refuse with one clear message. */
async function badInput(page) {
  const plain = path.join(out, 'committee-2019-04-04.pdf');
  run('qpdf', ['--encrypt', 'secret', 'owner-secret', '256', '--', plain, path.join(bad, 'password.pdf')]);
  const bytes = await readFile(plain);
  // The header of a PDF, then bytes that are no PDF at all.
  await writeFile(path.join(bad, 'damaged.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.from(bytes.subarray(4096, 8192)).reverse()]));
  // A scan: the page as a picture, no text.
  await page.setContent('<p style="font:16px sans-serif;margin:40px">1. Opening session<br>The chair welcomed the participants.</p>');
  const picture = await page.screenshot({ clip: { x: 0, y: 0, width: 480, height: 140 } });
  await page.setContent(`<img style="width:120mm" src="data:image/png;base64,${picture.toString('base64')}">`);
  await page.pdf({ path: path.join(bad, 'scanned.pdf'), format: 'A4' });
  await writeFile(path.join(bad, 'not-a-zip.docx'), 'Minutes of the meeting\n\n1. Opening\n\nThis is text, saved with the name of a Word document.\n');
  await writeFile(path.join(bad, 'password.docx'), encryptedPackage());
}

/**
 * An OLE compound file whose directory names the streams a password-protected .docx holds
 * (EncryptionInfo, EncryptedPackage), made by hand: what Word writes when a document is protected.
 */
function encryptedPackage() {
  const sector = 512;
  const file = Buffer.alloc(sector * 4);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  file.writeUInt16LE(0x3e, 24);
  file.writeUInt16LE(3, 26);
  file.writeUInt16LE(0xfffe, 28);
  file.writeUInt16LE(9, 30);
  file.writeUInt16LE(6, 32);
  file.writeUInt32LE(1, 44); // one FAT sector
  file.writeUInt32LE(1, 48); // the directory starts at sector 1
  file.writeUInt32LE(4096, 56);
  file.writeUInt32LE(0xfffffffe, 60);
  file.writeUInt32LE(0xfffffffe, 68);
  file.writeUInt32LE(0, 76); // the FAT is sector 0
  for (let index = 1; index < 109; index++) file.writeUInt32LE(0xffffffff, 76 + index * 4);
  const fat = sector;
  file.writeUInt32LE(0xfffffffd, fat);
  file.writeUInt32LE(0xfffffffe, fat + 4);
  for (let index = 2; index < 128; index++) file.writeUInt32LE(0xffffffff, fat + index * 4);
  const entry = (at, name, type) => {
    const base = sector * 2 + at * 128;
    const encoded = Buffer.from(`${name}\0`, 'utf16le');
    encoded.copy(file, base);
    file.writeUInt16LE(encoded.length, base + 64);
    file[base + 66] = type;
    file.writeUInt32LE(0xffffffff, base + 68);
    file.writeUInt32LE(0xffffffff, base + 72);
    file.writeUInt32LE(0xffffffff, base + 76);
  };
  entry(0, 'Root Entry', 5);
  entry(1, 'EncryptionInfo', 2);
  entry(2, 'EncryptedPackage', 2);
  file.writeUInt32LE(1, sector * 2 + 76); // the root's child
  file.writeUInt32LE(2, sector * 2 + 128 + 72); // EncryptionInfo's right sibling
  return file.subarray(0, sector * 3);
}

await main();
const listing = run('ls', ['-la', out, bad]).toString('utf8');
console.log(listing);
