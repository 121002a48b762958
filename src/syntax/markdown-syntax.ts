import { gfmFootnoteFromMarkdown, gfmFootnoteToMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown, gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown, gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown, gfmTaskListItemToMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Processor } from 'unified';

/**
 * The parts of GFM that minutes use: task lists (action items), tables, strikethrough and footnotes.
 * GFM's autolink literals (bare `https://…` read as links) are left out: they cost as much as the rest
 * of the parse together (measured in bench/README.md), the format does not need them, and `minutes fmt`
 * then leaves bare addresses as they were written. The HTML page still makes them links.
 */
export function remarkMinutesSyntax(this: Processor): void {
  const data = this.data();
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), gfmTaskListItem(), gfmTable(), gfmStrikethrough(), gfmFootnote()];
  data.fromMarkdownExtensions = [
    ...(data.fromMarkdownExtensions ?? []),
    gfmTaskListItemFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmFootnoteFromMarkdown(),
  ];
  data.toMarkdownExtensions = [...(data.toMarkdownExtensions ?? []), gfmTaskListItemToMarkdown(), gfmTableToMarkdown(), gfmStrikethroughToMarkdown(), gfmFootnoteToMarkdown()];
}
