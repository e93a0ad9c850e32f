// A captioned image: <figure><img src alt><figcaption>…</figcaption></figure>, the markup the
// public article page styles and the server's sanitiser keeps. The caption is the node's inline
// content, so it is edited in place; the address and the alternative text are attributes, set
// through the image dialog.
import { Node, mergeAttributes } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { normalizeImageUrl } from './urls.ts';

export interface FigureAttrs {
  src: string;
  alt: string;
  caption: string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts a figure at the selection (replacing a selected figure). */
      insertFigure: (attrs: FigureAttrs) => ReturnType;
      /** Changes the address, alternative text and caption of the figure at `pos`. */
      updateFigure: (pos: number, attrs: FigureAttrs) => ReturnType;
    };
  }
}

function imageOf(el: HTMLElement): HTMLImageElement | null {
  return el.tagName === 'IMG' ? (el as HTMLImageElement) : el.querySelector('img');
}

export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  content: 'inline*',
  draggable: true,
  isolating: true,
  defining: true,

  addAttributes() {
    return {
      src: {
        default: '',
        parseHTML: (el) => imageOf(el)?.getAttribute('src') ?? '',
        renderHTML: () => ({}),
      },
      alt: {
        default: '',
        parseHTML: (el) => imageOf(el)?.getAttribute('alt') ?? '',
        renderHTML: () => ({}),
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'figure',
        // a figure without a caption gets an empty one (a missing content element would throw)
        contentElement: (el) => el.querySelector('figcaption') ?? el.ownerDocument.createElement('figcaption'),
        getAttrs: (el) => {
          const src = normalizeImageUrl(imageOf(el)?.getAttribute('src') ?? '');
          return src ? { src } : false;
        },
      },
      {
        // a bare <img> (pasted, or in an older body) becomes a figure with an empty caption
        tag: 'img[src]',
        getAttrs: (el) => {
          const src = normalizeImageUrl(el.getAttribute('src') ?? '');
          return src ? { src, alt: el.getAttribute('alt') ?? '' } : false;
        },
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    return [
      'figure',
      mergeAttributes(this.options.HTMLAttributes ?? {}, HTMLAttributes),
      ['img', { src: node.attrs.src as string, alt: node.attrs.alt as string}],
      ['figcaption', 0],
    ];
  },

  // Enter in the caption ends it: a new paragraph starts below the figure, as in word processors
  // (Shift+Enter still breaks the caption's line).
  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => {
        const { $from } = editor.state.selection;
        if ($from.parent.type.name !== this.name) return false;
        const figureDepth = $from.depth;
        return editor
          .chain()
          .command(({ tr, state, dispatch }) => {
            const paragraph = state.schema.nodes.paragraph;
            if (!paragraph) return false;
            if (dispatch) {
              if (!tr.selection.empty) tr.deleteSelection();
              const after = tr.mapping.map($from.after(figureDepth));
              tr.insert(after, paragraph.create());
              tr.setSelection(TextSelection.create(tr.doc, after + 1)).scrollIntoView();
            }
            return true;
          })
          .run();
      },
    };
  },

  addCommands() {
    return {
      insertFigure:
        ({ src, alt, caption }) =>
        ({ commands }) =>
          commands.insertContent({
            type: this.name,
            attrs: { src, alt },
            content: caption ? [{ type: 'text', text: caption }] : [],
          }),
      updateFigure:
        (pos, { src, alt, caption }) =>
        ({ tr, state, dispatch }) => {
          const node = state.doc.nodeAt(pos);
          if (!node || node.type.name !== this.name) return false;
          if (dispatch) {
            tr.setNodeMarkup(pos, undefined, { ...node.attrs, src, alt });
            const current = node.textContent;
            if (current !== caption) {
              const from = pos + 1;
              const to = pos + 1 + node.content.size;
              if (caption) tr.replaceWith(from, to, state.schema.text(caption));
              else tr.delete(from, to);
            }
          }
          return true;
        },
    };
  },
});
