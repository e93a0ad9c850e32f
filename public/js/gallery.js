// The photo viewer of an album page (/thu-vien-anh/<slug>, /en/photos/<slug>), loaded by that page
// only. Without this file the page is a list of figures whose links open each photo itself; with
// it, a link opens the photo large in a modal <dialog>:
// - "previous" / "next" buttons and the left / right arrow keys (Home / End: first / last) move
//   through the album, wrapping round at either end;
// - Escape, the "close" button or a click beside the photo closes it, and focus returns to the
//   thumbnail of the photo last shown (the reader carries on from where they were), in the same
//   step as the closing;
// - the position, the photo's description and its caption are said in an aria-live region.
// The interface strings are data attributes of the list (the CSP allows no inline script), and
// they are only ever set as text. Browsers without <dialog> keep the plain links.
(function () {
  'use strict';
  var list = document.querySelector('[data-gallery]');
  if (!list || typeof HTMLDialogElement !== 'function') return;
  var links = Array.prototype.slice.call(list.querySelectorAll('a[data-gallery-photo]'));
  if (links.length === 0) return;

  function text(name) {
    return list.getAttribute('data-' + name) || '';
  }

  function make(tag, className, content) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (content) el.textContent = content;
    return el;
  }

  function button(className, label, symbol, before) {
    var b = make('button', 'gallery-viewer__button ' + className);
    b.type = 'button';
    var mark = make('span', 'gallery-viewer__symbol', symbol);
    mark.setAttribute('aria-hidden', 'true');
    var words = make('span', '', label);
    if (before) {
      b.appendChild(mark);
      b.appendChild(words);
    } else {
      b.appendChild(words);
      b.appendChild(mark);
    }
    return b;
  }

  var dialog = make('dialog', 'gallery-viewer');
  dialog.setAttribute('aria-labelledby', 'gallery-viewer-title');
  dialog.setAttribute('aria-describedby', 'gallery-viewer-keys');
  var title = make('h2', 'gallery-viewer__title', text('viewer-title'));
  title.id = 'gallery-viewer-title';
  var figure = make('figure', 'gallery-viewer__figure');
  var image = make('img', 'gallery-viewer__image');
  image.decoding = 'async';
  figure.appendChild(image);
  var status = make('p', 'gallery-viewer__status');
  status.setAttribute('aria-live', 'polite');
  var position = make('span', 'gallery-viewer__position');
  var description = make('span', 'visually-hidden');
  var caption = make('span', 'gallery-viewer__caption');
  status.appendChild(position);
  status.appendChild(description);
  status.appendChild(caption);
  var controls = make('div', 'gallery-viewer__controls');
  var previous = button('gallery-viewer__previous', text('previous'), '‹', true);
  var next = button('gallery-viewer__next', text('next'), '›', false);
  var close = button('gallery-viewer__close', text('close'), '×', false);
  controls.appendChild(previous);
  controls.appendChild(next);
  controls.appendChild(close);
  var keys = make('p', 'gallery-viewer__keys', text('keys'));
  keys.id = 'gallery-viewer-keys';
  dialog.appendChild(title);
  dialog.appendChild(figure);
  dialog.appendChild(status);
  dialog.appendChild(controls);
  dialog.appendChild(keys);
  document.body.appendChild(dialog);

  var current = 0;

  function show(index) {
    current = (index + links.length) % links.length;
    var link = links[current];
    var thumb = link.querySelector('img');
    var figcaption = link.closest('figure') && link.closest('figure').querySelector('figcaption');
    // the old photo must not stay on screen under the new texts while the new one loads
    image.removeAttribute('srcset');
    image.src = link.getAttribute('href');
    var srcset = link.getAttribute('data-srcset');
    if (srcset) {
      // the whole screen, but never wider than the largest width the library holds (no upscaling)
      var largest = srcset.split(',').reduce(function (max, candidate) {
        var width = parseInt(candidate.trim().split(/\s+/)[1], 10);
        return width > max ? width : max;
      }, 0);
      image.sizes = largest > 0 ? '(min-width: ' + largest + 'px) ' + largest + 'px, 100vw' : '100vw';
      image.srcset = srcset;
    }
    if (thumb) {
      image.width = Number(thumb.getAttribute('width')) || 0;
      image.height = Number(thumb.getAttribute('height')) || 0;
    }
    image.alt = thumb ? thumb.alt : '';
    position.textContent = text('position').replace('{n}', String(current + 1)).replace('{total}', String(links.length)) + '. ';
    description.textContent = image.alt ? image.alt + ' ' : '';
    caption.textContent = figcaption ? figcaption.textContent.replace(/\s+/g, ' ').trim() : '';
  }

  function open(index) {
    show(index);
    if (!dialog.open) dialog.showModal();
    close.focus();
  }

  links.forEach(function (link, index) {
    link.addEventListener('click', function (event) {
      // a new tab, a download, a middle click: the browser's own business
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      open(index);
    });
  });

  previous.addEventListener('click', function () {
    show(current - 1);
  });
  next.addEventListener('click', function () {
    show(current + 1);
  });
  // Closing and giving focus back happen in one step: the browser puts focus back on the element
  // focused before showModal() and fires "close" later, so focusing only then would race it.
  function shut() {
    if (dialog.open) dialog.close();
    links[current].focus();
  }

  close.addEventListener('click', shut);
  // a click on the backdrop (the dialog itself, outside its content) closes it
  dialog.addEventListener('click', function (event) {
    if (event.target === dialog) shut();
  });
  dialog.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      event.preventDefault();
      shut();
      return;
    }
    var moves = { ArrowLeft: current - 1, ArrowRight: current + 1, Home: 0, End: links.length - 1 };
    if (!Object.prototype.hasOwnProperty.call(moves, event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    show(moves[event.key]);
  });
  // however else it closed (a browser's own gesture), focus goes back to the thumbnail too,
  // unless the reader has already moved on
  dialog.addEventListener('close', function () {
    image.removeAttribute('srcset');
    image.removeAttribute('src');
    var active = document.activeElement;
    if (!active || active === document.body || links.indexOf(active) !== -1) links[current].focus();
  });
})();
