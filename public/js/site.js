// Small progressive enhancements; every page works without this file.
// - text-size control: change instantly and remember (the links also work without JavaScript)
// - print button
(function () {
  'use strict';
  var root = document.documentElement;
  var cookie = 'co-chu';

  function currentLevel() {
    var m = /(?:^|\s)fs-([0-4])(?:\s|$)/.exec(root.className);
    return m ? Number(m[1]) : 2;
  }

  function setLevel(level) {
    level = Math.max(0, Math.min(4, level));
    root.className = root.className.replace(/(?:^|\s)fs-[0-4](?=\s|$)/g, '').trim() + ' fs-' + level;
    document.cookie = cookie + '=' + level + '; path=/; max-age=31536000; samesite=lax';
  }

  document.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var fontLink = target.closest('[data-font]');
    if (fontLink) {
      event.preventDefault();
      var step = Number(fontLink.getAttribute('data-font'));
      setLevel(step === 0 ? 2 : currentLevel() + step);
      return;
    }
    if (target.closest('[data-print]')) window.print();
  });

  var printButtons = document.querySelectorAll('[data-print]');
  for (var i = 0; i < printButtons.length; i++) printButtons[i].hidden = false;
})();

// A form sent back with problems: its error summary takes focus, so a screen reader reads it first.
(function () {
  'use strict';
  var summary = document.querySelector('[data-focus-on-load]');
  if (summary) summary.focus();
})();

// Phone menu: the "Danh mục" button opens and closes the main menu on narrow screens; Escape
// closes it and returns focus to the button. Without this script the menu is a wrapped list.
(function () {
  'use strict';
  var nav = document.querySelector('.site-nav');
  var button = nav && nav.querySelector('.site-nav__toggle');
  if (!nav || !button) return;
  nav.classList.add('site-nav--js');
  button.hidden = false;
  function set(open) {
    nav.classList.toggle('site-nav--open', open);
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
  }
  button.addEventListener('click', function () {
    set(button.getAttribute('aria-expanded') !== 'true');
  });
  nav.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      set(false);
      button.focus();
    }
  });
})();
