// The media core without HTTP or a database: type detection, names, widths, keys and storage,
// usage parsing, download headers, and image processing of unusual but valid inputs.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import { detectType } from '../src/core/media/detect.ts';
import { MediaError } from '../src/core/media/errors.ts';
import { cleanOriginalName, prepareMedia, targetWidths } from '../src/core/media/process.ts';
import { contentDisposition, downloadName } from '../src/core/media/serve.ts';
import { LocalMediaStorage, isMediaKey, mediaKey, newMediaStem } from '../src/core/media/storage.ts';
import { mediaKeysIn } from '../src/core/media/usage.ts';
import { foldedWords } from '../src/core/media/library.ts';
import * as sample from './fixtures/media/samples.ts';

const stem = 'abcdefghijklmnopqrstuvwx';

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof MediaError, String(error));
    return error.code;
  }
  throw new Error('expected a refusal');
}

describe('media core', () => {
  it('offers standard widths below the image, never enlarging, dropping one too close to the largest', () => {
    assert.deepEqual(targetWidths(300), [300]);
    assert.deepEqual(targetWidths(500), [500]);
    assert.deepEqual(targetWidths(1000), [480, 1000]);
    assert.deepEqual(targetWidths(1600), [480, 960, 1600]);
    assert.deepEqual(targetWidths(6000), [480, 960, 1600]);
  });

  it('cleans uploaded names: no folders, NFC, no control or direction-override characters, length kept under 200', () => {
    assert.equal(cleanOriginalName('C:\\fakepath\\Ảnh hội nghị.jpg'), 'Ảnh hội nghị.jpg');
    assert.equal(cleanOriginalName('../../etc/passwd'), 'passwd');
    assert.equal(cleanOriginalName('Ho\u0302\u0323i nghi\u0323.pdf'), 'Hội nghị.pdf');
    assert.equal(cleanOriginalName('hoa-don\u202Efdp.exe'), 'hoa-donfdp.exe');
    assert.equal(cleanOriginalName(' \t\n'), 'tep');
    const long = cleanOriginalName(`${'ả'.repeat(300)}.docx`);
    assert.equal(long.length, 200);
    assert.ok(long.endsWith('.docx'));
  });

  it('makes keys only of one shape, and refuses any other on the way to a path', () => {
    const fresh = newMediaStem();
    assert.match(fresh, /^[a-z2-7]{24}$/);
    assert.notEqual(fresh, newMediaStem());
    assert.equal(mediaKey(stem, 'webp', 960), `${stem}-960.webp`);
    for (const bad of ['../x.pdf', `${stem}.html`, `${stem}.svg`, `${stem.toUpperCase()}.pdf`, `${stem}/..pdf`, `${stem}.pdf\0`, '', `.${stem}.pdf`]) assert.equal(isMediaKey(bad), false, bad);
    assert.throws(() => mediaKey('../etc', 'pdf'));
  });

  it('stores files under their key only, never replacing one, and deletes them', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-storage-'));
    try {
      const storage = new LocalMediaStorage(root);
      const key = mediaKey(stem, 'pdf');
      await storage.put(key, Buffer.from('%PDF-1.4 một'));
      assert.equal(fs.readFileSync(path.join(root, 'ab', key), 'utf8'), '%PDF-1.4 một');
      await assert.rejects(storage.put(key, Buffer.from('other')), /EEXIST/);
      const chunks: Buffer[] = [];
      for await (const chunk of (await storage.get(key))!) chunks.push(chunk as Buffer);
      assert.equal(Buffer.concat(chunks).toString('utf8'), '%PDF-1.4 một');
      assert.equal(await storage.get(mediaKey(stem, 'png', 10)), undefined);
      assert.equal(await storage.get('../../etc/passwd'), undefined);
      assert.throws(() => storage.pathOf('../../etc/passwd'));
      await storage.delete(key);
      await storage.delete(key);
      assert.deepEqual(fs.readdirSync(path.join(root, '.tmp')), [], 'no temporary file left');
      assert.equal(fs.existsSync(path.join(root, 'ab', key)), false);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('detects types from the content: images, documents, legacy Office only with a matching name and stream', async () => {
    const webp = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#0a0' } }).webp().toBuffer();
    const avif = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#0a0' } }).avif().toBuffer();
    assert.deepEqual(await detectType(webp, 'x.bin'), { kind: 'image', mime: 'image/webp', ext: 'webp' });
    assert.deepEqual(await detectType(avif, 'x'), { kind: 'image', mime: 'image/avif', ext: 'avif' });
    const xlsx = sample.zip([
      { name: '[Content_Types].xml', data: '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>' },
      { name: 'xl/workbook.xml', data: '<workbook/>' },
    ]);
    assert.equal((await detectType(xlsx, 'bang.xlsx')).ext, 'xlsx');
    assert.equal((await detectType(sample.zip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' }]), 'van-ban.odt')).ext, 'odt');
    const xls = Buffer.concat([sample.legacyDoc().subarray(0, 512), Buffer.from('Workbook', 'utf16le')]);
    assert.deepEqual(await detectType(xls, 'Số liệu.XLS'), { kind: 'attachment', mime: 'application/vnd.ms-excel', ext: 'xls' });
    assert.equal(await refusal(detectType(xls, 'so-lieu.doc')), 'LEGACY_OFFICE_NAME', 'an Excel container named .doc');
    assert.equal(await refusal(detectType(sample.legacyDoc(), 'setup.msi')), 'EXECUTABLE_REFUSED');
    const macroXlsm = sample.zip([{ name: '[Content_Types].xml', data: '<Types><Override ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>' }]);
    assert.equal(await refusal(detectType(macroXlsm, 'bang.xlsx')), 'MACRO_REFUSED');
    assert.equal(await refusal(detectType(Buffer.from('\uFEFF  <svg onload="alert(1)"></svg>'), 'a.png')), 'SVG_REFUSED');
    assert.equal(await refusal(detectType(Buffer.from('\xff\xfe' + '<html><script>x</script>', 'latin1'), 'a.jpg')), 'UNSUPPORTED_TYPE');
    assert.equal(await refusal(detectType(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html><script>x</script>', 'utf16le')]), 'a.jpg')), 'MARKUP_REFUSED');
    assert.equal(await refusal(detectType(Buffer.from('document.location="https://x"'), 'a.js')), 'MARKUP_REFUSED');
    assert.equal(await refusal(detectType(Buffer.from('#!/bin/sh\nrm -rf /'), 'anh.jpg')), 'EXECUTABLE_REFUSED');
    assert.equal(await refusal(detectType(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...Buffer.alloc(120)]), 'anh.png')), 'EXECUTABLE_REFUSED');
    const tiff = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).tiff().toBuffer();
    assert.equal(await refusal(detectType(tiff, 'scan.tif')), 'UNSUPPORTED_TYPE');
  });

  it('processes grey, 16-bit, CMYK and opaque-alpha images into 8-bit sRGB variants without metadata', async () => {
    const grey = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#777' } }).greyscale().png().toBuffer();
    const deep = await sharp({ create: { width: 700, height: 300, channels: 3, background: '#123456' } }).png({ compressionLevel: 1 }).toColourspace('rgb16').toBuffer();
    const cmyk = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#c04020' } }).toColourspace('cmyk').jpeg().toBuffer();
    const opaqueAlpha = await sharp({ create: { width: 500, height: 500, channels: 4, background: { r: 1, g: 2, b: 3, alpha: 1 } } }).png().toBuffer();
    for (const [name, input] of [['grey.png', grey], ['deep.png', deep], ['cmyk.jpg', cmyk], ['opaque.png', opaqueAlpha]] as const) {
      const prepared = await prepareMedia(input, name, stem);
      const fallback = prepared.files.at(-1)!;
      assert.equal(fallback.variant!.format, 'jpeg', `${name}: opaque images fall back to JPEG`);
      for (const f of prepared.files) {
        const meta = await sharp(f.data).metadata();
        assert.equal(meta.exif, undefined);
        assert.equal(meta.icc, undefined, `${name}: no colour profile carried`);
        assert.notEqual(meta.space, 'cmyk');
        assert.equal(meta.depth, 'uchar');
      }
    }
  });

  it('finds media keys in bodies (images and links, relative or absolute) and ignores everything else', () => {
    const a = `${stem}-960.webp`;
    const b = `${'b'.repeat(24)}.pdf`;
    const c = `${'c'.repeat(24)}-480.avif`;
    const html = `<p><img src="/media/${a}" alt="x"><a href="https://portal.test/media/${b}?tai=1#p2">Tải</a><a href="/media/${a}">again</a>
      <img src="/media/../etc/passwd"><img src="/static/media/${c}"><a href="/media/${c.toUpperCase()}">x</a><a href="/tin-tuc/media/${b}">y</a></p>`;
    assert.deepEqual(mediaKeysIn(html).sort(), [a, b].sort());
    assert.deepEqual(mediaKeysIn('<p>no media</p>', [`/media/${c}`, null, undefined]), [c]);
  });

  it('names downloads after the upload with the detected extension, safely quoted', () => {
    assert.equal(downloadName('Quyết định số 18.exe', `${stem}.pdf`), 'Quyết định số 18.pdf');
    assert.equal(downloadName('bao-cao', `${stem}.docx`), 'bao-cao.docx');
    const header = contentDisposition('Đề án "Phú Quốc" (bản 2)*.pdf');
    assert.match(header, /^attachment; filename="De an -Phu Quoc- -ban 2-\.pdf"; filename\*=UTF-8''/);
    assert.doesNotMatch(header.split("UTF-8''")[1]!, /[ "'()*]/);
    assert.equal(decodeURIComponent(header.split("UTF-8''")[1]!), 'Đề án "Phú Quốc" (bản 2)*.pdf');
    assert.match(contentDisposition('日本.pdf'), /filename="-\.pdf"/);
  });

  it('folds search text like the site search does', () => {
    assert.equal(foldedWords('Ảnh Hội nghị_Đảng bộ (2020).JPG'), ' anh hoi nghi dang bo 2020 jpg ');
    assert.equal(foldedWords('%_'), '');
  });
});
