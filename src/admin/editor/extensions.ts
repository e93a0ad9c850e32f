// The editor's schema: what the public article page shows and the server's sanitiser keeps.
// Tables never carry inline styles (no column resizing, no widths, no alignment), so the editor
// works under `style-src 'self'` and its HTML needs no cleaning on the way to the database.
import { mergeAttributes, type AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { Figure } from './figure.ts';
import { isAllowedLinkUrl } from './urls.ts';

const cellAttributes = () => ({
  colspan: { default: 1 },
  rowspan: { default: 1 },
  // prosemirror-tables reads colwidth; it is never parsed from nor written to HTML here
  colwidth: { default: null, parseHTML: () => null, rendered: false },
});

const StyleFreeTable = Table.extend({
  renderHTML({ HTMLAttributes }) {
    const attributes: Record<string, unknown> = mergeAttributes(this.options.HTMLAttributes, HTMLAttributes);
    delete attributes.style;
    return ['table', attributes, ['tbody', 0]];
  },
}).configure({ resizable: false, View: null, allowTableNodeSelection: false });

export function editorExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      code: false,
      codeBlock: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        protocols: ['mailto', 'tel'],
        HTMLAttributes: { target: null, rel: null, class: null },
        isAllowedUri: (url) => isAllowedLinkUrl(url),
      },
    }),
    StyleFreeTable,
    TableRow,
    TableHeader.extend({ addAttributes: cellAttributes }),
    TableCell.extend({ addAttributes: cellAttributes }),
    Figure,
  ];
}
