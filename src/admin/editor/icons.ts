// Toolbar icons: small SVG drawings built with DOM calls (no markup strings, no inline styles).
const paths: Record<string, string> = {
  bulletList: 'M9 6h11M9 12h11M9 18h11M4 6h.01M4 12h.01M4 18h.01',
  orderedList: 'M10 6h10M10 12h10M10 18h10M4 4v4M3 11h2.5v1.5L3 14.5V15h2.5M3 17.5h2.5V21H3M3.5 19.25h2',
  blockquote: 'M4 7h6v6H7l-2 4M14 7h6v6h-3l-2 4',
  horizontalRule: 'M3 12h18M3 8v8M21 8v8',
  link: 'M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71',
  unlink: 'M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71M3 3l18 18',
  image: 'M4 3h16a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1zM8.5 7a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zM21 15l-5-5L5 21',
  table: 'M3 4h18v16H3zM3 10h18M3 15h18M9 4v16M15 4v16',
  addRowAfter: 'M3 3h18v9H3zM3 7.5h18M9 3v9M15 3v9M12 15v6M9 18h6',
  addColumnAfter: 'M3 3h9v18H3zM3 9h9M3 15h9M7.5 3v18M18 9v6M15 12h6',
  deleteRow: 'M3 3h18v9H3zM3 7.5h18M9 3v9M15 3v9M9.5 15.5l5 5M14.5 15.5l-5 5',
  deleteColumn: 'M3 3h9v18H3zM3 9h9M3 15h9M7.5 3v18M15.5 9.5l5 5M20.5 9.5l-5 5',
  deleteTable: 'M3 4h12v10H3zM3 9h12M9 4v10M15 15l6 6M21 15l-6 6',
  undo: 'M9 14L4 9l5-5M4 9h11a5 5 0 0 1 0 10h-3',
  redo: 'M15 14l5-5-5-5M20 9H9a5 5 0 0 0 0 10h3',
};

const svgNs = 'http://www.w3.org/2000/svg';

export function hasIcon(name: string): boolean {
  return name in paths;
}

export function icon(name: string): SVGSVGElement {
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '20');
  svg.setAttribute('height', '20');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', 'editor-icon');
  const path = document.createElementNS(svgNs, 'path');
  path.setAttribute('d', paths[name] ?? '');
  svg.append(path);
  return svg;
}
