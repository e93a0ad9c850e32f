// File sizes and types as every page lists them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileTypeLabel, formatFileSize } from './file-labels.ts';

describe('file labels', () => {
  it('sizes in the reader’s number format', () => {
    assert.deepEqual([512, 48_640, 1536 * 1024, 2 * 1024 * 1024, 12.4 * 1024 * 1024, 3 * 1024 ** 3].map((b) => formatFileSize(b, 'vi')), ['512 B', '48 KB', '1,5 MB', '2 MB', '12 MB', '3 GB']);
    assert.equal(formatFileSize(1536 * 1024, 'en'), '1.5 MB');
  });
  it('types by name, unknown ones by their subtype', () => {
    assert.deepEqual(['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'image/png', 'text/csv'].map(fileTypeLabel), ['PDF', 'Word (DOCX)', 'PNG', 'CSV']);
  });
});
