// Media library: drag and drop onto the upload form (progressive enhancement; the plain file
// input and the Upload button work without this script).
(function () {
  'use strict';
  var form = document.querySelector('[data-media-upload]');
  if (!form) return;
  var zone = form.querySelector('[data-media-drop]');
  var input = form.querySelector('input[type="file"]');
  var status = form.querySelector('[data-media-drop-status]');
  var hint = form.querySelector('[data-media-drop-hint]');
  var button = form.querySelector('button[type="submit"]');
  if (!zone || !input || !status || typeof DataTransfer === 'undefined') return;

  if (hint) hint.hidden = false;
  zone.classList.add('media-drop--enhanced');

  function showChosen() {
    var names = [];
    for (var i = 0; i < input.files.length; i++) names.push(input.files[i].name);
    status.textContent = names.length ? (status.getAttribute('data-chosen-label') || '') + ' ' + names.join(', ') : '';
  }

  function hasFiles(event) {
    var types = event.dataTransfer && event.dataTransfer.types;
    if (!types) return false;
    for (var i = 0; i < types.length; i++) if (types[i] === 'Files') return true;
    return false;
  }

  // A file dropped beside the box must not make the browser leave the page to open it.
  document.addEventListener('dragover', function (event) {
    if (hasFiles(event)) event.preventDefault();
  });
  document.addEventListener('drop', function (event) {
    if (hasFiles(event) && !zone.contains(event.target)) event.preventDefault();
  });

  ['dragenter', 'dragover'].forEach(function (type) {
    zone.addEventListener(type, function (event) {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      zone.classList.add('media-drop--over');
    });
  });
  ['dragleave', 'dragend'].forEach(function (type) {
    zone.addEventListener(type, function (event) {
      if (event.target === zone) zone.classList.remove('media-drop--over');
    });
  });
  zone.addEventListener('drop', function (event) {
    if (!hasFiles(event)) return;
    event.preventDefault();
    zone.classList.remove('media-drop--over');
    var transfer = new DataTransfer();
    for (var i = 0; i < event.dataTransfer.files.length; i++) transfer.items.add(event.dataTransfer.files[i]);
    input.files = transfer.files;
    showChosen();
    input.focus();
  });
  input.addEventListener('change', showChosen);

  form.addEventListener('submit', function () {
    if (!input.files.length) return;
    status.textContent = status.getAttribute('data-uploading-label') || '';
    if (button) button.disabled = true;
  });
})();
