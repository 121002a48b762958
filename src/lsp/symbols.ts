import { type DocumentSymbol, type SymbolInformation, SymbolKind } from 'vscode-languageserver';
import type { Heading, Nodes } from 'mdast';
import type { HeadingRecord } from '../model/build.js';
import { offsetRange } from './positions.js';
import type { Analysis } from './workspace.js';

/** A part of the outline that holds actions and decisions: an agenda item, a sub-item or a document section. */
interface Container {
  symbol: DocumentSymbol;
  start: number;
  end: number;
  /** The item it belongs to, for a sub-item. */
  parent: Container | null;
}

const KIND = { item: SymbolKind.Namespace, subItem: SymbolKind.Namespace, section: SymbolKind.Module, action: SymbolKind.Event, decision: SymbolKind.Boolean };
const MAX_NAME = 100;

const shorten = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_NAME ? `${flat.slice(0, MAX_NAME - 1)}…` : flat || '(empty)';
};

/**
 * The outline of the minutes: agenda items with their sub-items, document sections (Present, Action
 * items, …), and in each the actions and decisions it records; those of the preamble at the top.
 */
export function documentSymbols(analysis: Analysis): DocumentSymbol[] {
  const parsed = analysis.parsed;
  if (!parsed) return [];
  const document = analysis.document;
  const top: DocumentSymbol[] = [];
  const containers: Container[] = [];
  const records = new Map<Heading, HeadingRecord>(parsed.headings.map((record) => [record.node, record]));
  let item: Container | null = null;
  let itemRecord: HeadingRecord | null = null;
  let sub: Container | null = null;
  const open = (symbol: DocumentSymbol, start: number, end: number, parent: Container | null): Container => {
    const container = { symbol, start, end, parent };
    containers.push(container);
    (parent ? parent.symbol.children! : top).push(symbol);
    return container;
  };
  for (const node of parsed.tree.children) {
    if (node.type === 'yaml') continue;
    const [start, end] = span(node);
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      const record = records.get(node);
      if (record) {
        const symbol = headingSymbol(record, document, start, end);
        if (record.level === 2) {
          item = open(symbol, start, end, null);
          itemRecord = record;
          sub = null;
        } else {
          sub = open(symbol, start, end, itemRecord && record.parent === itemRecord ? item : null);
          if (sub.parent) sub.parent.end = end;
        }
        continue;
      }
      if (node.depth === 2) {
        // A document section: a level-2 heading that is not an agenda item.
        const title = parsed.text.slice(start, end).replace(/^#+\s*/, '').replace(/\s*#*\s*$/, '');
        item = open({ name: shorten(title), kind: KIND.section, range: offsetRange(document, [start, end]), selectionRange: offsetRange(document, [start, end]), children: [] }, start, end, null);
        itemRecord = null;
        sub = null;
        continue;
      }
    }
    if (sub) sub.end = end;
    if (item) item.end = end;
  }
  for (const container of containers) container.symbol.range = offsetRange(document, [container.start, container.end]);
  const place = (offset: number, symbol: DocumentSymbol) => {
    const container = containerAt(containers, offset);
    (container ? container.symbol.children! : top).push(symbol);
  };
  for (const action of parsed.actions) {
    const { action: model } = action;
    const [start, end] = span(action.node);
    const owners = model.owners.length ? `${model.owners.join(', ')}: ` : '';
    const detail = [model.status === 'done' ? 'done' : 'open', model.due ? `due ${model.due}` : model.dueWritten ? `due ${model.dueWritten}` : null, action.explicitId ? `{#${model.id}}` : null];
    place(start, {
      name: shorten(`${owners}${model.text}`),
      detail: detail.filter(Boolean).join(', '),
      kind: KIND.action,
      range: offsetRange(document, [start, end]),
      selectionRange: offsetRange(document, action.range),
    });
  }
  for (const { decision, node } of parsed.decisions) {
    const [start, end] = span(node);
    place(start, { name: shorten(decision.text), detail: 'decision', kind: KIND.decision, range: offsetRange(document, [start, end]), selectionRange: offsetRange(document, [start, end]) });
  }
  const byStart = (a: DocumentSymbol, b: DocumentSymbol) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
  const sort = (symbols: DocumentSymbol[]) => {
    symbols.sort(byStart);
    for (const symbol of symbols) {
      if (symbol.children?.length) sort(symbol.children);
      else delete symbol.children;
    }
  };
  sort(top);
  return top;
}

/** The outline as a flat list, for clients without hierarchical symbols. */
export function flatSymbols(symbols: DocumentSymbol[], uri: string, container?: string): SymbolInformation[] {
  return symbols.flatMap((symbol) => [
    { name: symbol.name, kind: symbol.kind, location: { uri, range: symbol.range }, ...(container ? { containerName: container } : {}) },
    ...flatSymbols(symbol.children ?? [], uri, symbol.name),
  ]);
}

function headingSymbol(record: HeadingRecord, document: Analysis['document'], start: number, end: number): DocumentSymbol {
  const { number, title } = record.item;
  const name = number === null ? title : record.level === 2 ? `${number}. ${title}` : `${number} ${title}`;
  return {
    name: shorten(name),
    ...(record.ordinal !== number ? { detail: `item ${record.ordinal}` } : {}),
    kind: record.level === 2 ? KIND.item : KIND.subItem,
    range: offsetRange(document, [start, end]),
    selectionRange: offsetRange(document, record.range),
    children: [],
  };
}

/** The innermost container holding an offset: the last one starting at or before it, or its item. */
function containerAt(containers: Container[], offset: number): Container | null {
  let low = 0;
  let high = containers.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (containers[middle]!.start <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  for (let container = found >= 0 ? containers[found]! : null; container; container = container.parent) {
    if (offset <= container.end) return container;
  }
  return null;
}

function span(node: Nodes): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}
