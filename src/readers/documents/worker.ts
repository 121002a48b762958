import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { ReadError } from '../reader.js';

/**
 * Readers are synchronous (every command reads files through them, worker threads included), but
 * pdfjs-dist and mammoth only answer with promises. So a document is read on a worker thread while this
 * thread waits for it (Atomics.wait): that also bounds what one document may take, in time (a deadline,
 * after which the worker is stopped) and in memory (the worker's heap limit). The worker only gathers
 * what the libraries give (text with positions and fonts; Word's document tree and XML parts) as plain
 * data; the reading itself happens here, in typed code.
 *
 * The worker's code is a string run with `eval: true`, and the libraries are loaded by absolute URLs
 * resolved from this module, so that it runs the same from the sources (tests) and from the bundle
 * (dist/), and the libraries are never bundled.
 */

/** The limits of one document's reading. */
export const LIMITS = {
  /** Wall-clock time for one document, in milliseconds. */
  timeoutMs: 60_000,
  /** Heap of the worker, in megabytes. */
  heapMb: 1024,
  /** Pages of a PDF read; later pages are left out with a note. */
  pages: 2000,
};

const WORKER_CODE = String.raw`
const { workerData } = require('node:worker_threads');
const { task, bytes, modules, shared, port, limits } = workerData;
const flag = new Int32Array(shared);
function reply(message) {
  port.postMessage(message);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}
async function readPdf() {
  const pdfjs = await import(modules.pdfjs);
  globalThis.pdfjsWorker = await import(modules.pdfjsWorker);
  const loading = pdfjs.getDocument({ data: bytes, verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, standardFontDataUrl: modules.standardFonts });
  const doc = await loading.promise;
  const imageOps = new Set([pdfjs.OPS.paintImageXObject, pdfjs.OPS.paintInlineImageXObject, pdfjs.OPS.paintImageMaskXObject, pdfjs.OPS.paintImageXObjectRepeat]);
  const fonts = {};
  const pages = [];
  const count = Math.min(doc.numPages, limits.pages);
  let textSoFar = 0;
  for (let number = 1; number <= count; number++) {
    const page = await doc.getPage(number);
    const [x0, y0, x1, y1] = page.view;
    const content = await page.getTextContent();
    const items = [];
    const missing = new Set();
    for (const item of content.items) {
      if (typeof item.str !== 'string') continue;
      const t = item.transform;
      const size = Math.hypot(t[2], t[3]) || item.height;
      items.push([item.str, t[4] - x0, t[5] - y0, item.width, size, item.fontName, item.hasEOL ? 1 : 0, t[1] === 0 && t[2] === 0 ? 0 : 1]);
      if (!(item.fontName in fonts)) missing.add(item.fontName);
      textSoFar += item.str.trim().length;
    }
    let images = 0;
    if (missing.size > 0 || (textSoFar === 0 && number <= 3)) {
      const operators = await page.getOperatorList();
      for (const name of missing) {
        try {
          const font = page.commonObjs.get(name);
          fonts[name] = { name: String(font.name || ''), bold: Boolean(font.bold || font.black) };
        } catch {
          fonts[name] = { name: '', bold: false };
        }
      }
      for (const op of operators.fnArray) if (imageOps.has(op)) images++;
    }
    pages.push({ width: x1 - x0, height: y1 - y0, items, images });
    page.cleanup();
  }
  const numPages = doc.numPages;
  await loading.destroy();
  return { numPages, pages, fonts };
}
function plain(node) {
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map(plain);
  const out = {};
  for (const key of ['type', 'value', 'styleId', 'styleName', 'isBold', 'href', 'breakType', 'checked', 'isHeader', 'colSpan', 'rowSpan', 'noteId', 'noteType']) {
    if (node[key] !== undefined && typeof node[key] !== 'function') out[key] = node[key];
  }
  if (node.numbering) out.numbering = { level: String(node.numbering.level), isOrdered: Boolean(node.numbering.isOrdered) };
  if (Array.isArray(node.children)) out.children = node.children.map(plain);
  if (Array.isArray(node.body)) out.body = node.body.map(plain);
  return out;
}
function element(node) {
  if (node.type === 'text') return { type: 'text', value: node.value };
  return { type: 'element', name: node.name, attributes: { ...node.attributes }, children: node.children.map(element) };
}
async function readDocx() {
  const JSZip = require(modules.jszip);
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name) => {
    const file = zip.file(name);
    return file ? await file.async('string') : null;
  };
  const documentXml = await part('word/document.xml');
  if (documentXml === null) {
    const error = new Error('it holds no word/document.xml');
    error.name = 'NotWordError';
    throw error;
  }
  const office = require(modules.officeXml);
  const tree = async (xml) => (xml === null ? null : element(await office.read(xml.replace(/^\uFEFF/, ''))));
  const mammoth = require(modules.mammoth);
  let body = null;
  let notes = [];
  await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, {
    transformDocument(document) {
      body = plain(document.children);
      notes = (document.notes && typeof document.notes.resolve === 'function' ? [] : []);
      return document;
    },
    convertImage: mammoth.images.imgElement(() => ({ src: '' })),
  });
  return { body, notes, document: await tree(documentXml), numbering: await tree(await part('word/numbering.xml')), styles: await tree(await part('word/styles.xml')) };
}
(task === 'pdf' ? readPdf() : readDocx()).then(
  (data) => reply({ ok: true, data }),
  (error) => reply({ ok: false, error: { name: String(error && error.name), message: String(error && error.message ? error.message : error), code: error && error.code } }),
);
`;

/** What went wrong in the worker, as the library said it. */
export interface WorkerFailure {
  name: string;
  message: string;
  code?: unknown;
}

let modules: Record<string, string> | null = null;

/** Absolute locations of the libraries, resolved from this module (the package's own dependencies). */
function libraries(): Record<string, string> {
  if (!modules) {
    const require = createRequire(import.meta.url);
    const pdfjs = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
    const mammoth = require.resolve('mammoth');
    modules = {
      pdfjs: pathToFileURL(pdfjs).href,
      pdfjsWorker: pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href,
      standardFonts: new URL('../../standard_fonts/', pathToFileURL(pdfjs)).href.replace(/^file:\/\//, ''),
      mammoth,
      officeXml: require.resolve('mammoth/lib/docx/office-xml-reader.js'),
      jszip: require.resolve('jszip'),
    };
  }
  return modules;
}

/**
 * Runs `task` on a document's bytes on a worker thread and waits for its answer: the data, or the
 * library's failure. Throws ReadError when the document takes longer than LIMITS.timeoutMs or more
 * memory than LIMITS.heapMb.
 */
export function runDocumentTask<T>(task: 'pdf' | 'docx', bytes: Uint8Array): { ok: true; data: T } | { ok: false; error: WorkerFailure } {
  const shared = new SharedArrayBuffer(4);
  const flag = new Int32Array(shared);
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_CODE, {
    eval: true,
    workerData: { task, bytes: new Uint8Array(bytes), modules: libraries(), shared, port: port2, limits: { pages: LIMITS.pages } },
    transferList: [port2],
    resourceLimits: { maxOldGenerationSizeMb: LIMITS.heapMb },
    stdout: true,
    stderr: true,
  });
  worker.on('error', () => {});
  const deadline = Date.now() + LIMITS.timeoutMs;
  // This thread's event loop waits too, so a worker that dies (out of memory) is known only by its silence.
  while (Atomics.load(flag, 0) === 0 && Date.now() < deadline) Atomics.wait(flag, 0, 0, deadline - Date.now());
  const message = receiveMessageOnPort(port1)?.message as { ok: true; data: T } | { ok: false; error: WorkerFailure } | undefined;
  void worker.terminate();
  port1.close();
  if (message) return message;
  throw new ReadError(`reading the document took longer than ${LIMITS.timeoutMs / 1000} s or more than ${LIMITS.heapMb} MB of memory; it was stopped`);
}
