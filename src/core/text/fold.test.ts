import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldVietnamese, isSlug, slugify, toNfc } from './fold.ts';

describe('foldVietnamese', () => {
  it('drops diacritics and lowers case', () => {
    assert.equal(foldVietnamese('Hội nghị sơ kết'), 'hoi nghi so ket');
  });
  it('maps đ and Đ to d, which Unicode decomposition does not', () => {
    assert.equal(foldVietnamese('Đảng bộ đang'), 'dang bo dang');
  });
  it('gives the same result for NFC and NFD input', () => {
    const nfd = 'Kiên Giang'.normalize('NFD');
    assert.notEqual(nfd, 'Kiên Giang');
    assert.equal(foldVietnamese(nfd), foldVietnamese('Kiên Giang'));
  });
  it('keeps digits and punctuation', () => {
    assert.equal(foldVietnamese('18/2020/QĐ-UBND'), '18/2020/qd-ubnd');
  });
});

describe('slugify', () => {
  it('makes folded ASCII slugs', () => {
    assert.equal(slugify('Tin Ban Quản lý'), 'tin-ban-quan-ly');
    assert.equal(slugify('Tin khu kinh tế, khu công nghiệp'), 'tin-khu-kinh-te-khu-cong-nghiep');
    assert.equal(slugify('  Thông báo!!  '), 'thong-bao');
  });
  it('never cuts a word in half', () => {
    const slug = slugify('Hội nghị sơ kết 6 tháng đầu năm 2020 Đảng bộ Ban Quản lý Khu kinh tế tỉnh Kiên Giang', 40);
    assert.ok(slug.length <= 40);
    assert.equal(slug, 'hoi-nghi-so-ket-6-thang-dau-nam-2020');
  });
  it('returns an empty slug for text without letters or digits', () => {
    assert.equal(slugify('!!! ---'), '');
  });
});

describe('isSlug', () => {
  it('accepts our slugs and refuses anything else', () => {
    assert.ok(isSlug('tin-ban-quan-ly'));
    for (const bad of ['', 'Tin', 'tin--ban', '-tin', 'tin-', 'tin ban', "tin'--", 'tin%20ban', 'a'.repeat(201)]) assert.ok(!isSlug(bad), bad);
  });
});

describe('toNfc', () => {
  it('composes decomposed text', () => {
    assert.equal(toNfc('Hội'.normalize('NFD')), 'Hội');
  });
});
