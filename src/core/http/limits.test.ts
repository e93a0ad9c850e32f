// Which requests get the long upload deadline: multipart POSTs (the media library, attachments to
// the public forms); every other body the ordinary 30 s.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FastifyRequest } from 'fastify';
import { isUploadRequest } from './limits.ts';

const request = (method: string, url: string, type?: string) => ({ method, url, headers: type ? { 'content-type': type } : {} }) as unknown as FastifyRequest;

describe('upload deadline', () => {
  it('applies to multipart POSTs, to the media library and to the public forms alike', () => {
    assert.equal(isUploadRequest(request('POST', '/admin/media', 'multipart/form-data; boundary=x')), true);
    assert.equal(isUploadRequest(request('POST', '/hoi-dap/gui-cau-hoi', 'multipart/form-data; boundary=x')), true);
    assert.equal(isUploadRequest(request('POST', '/lien-he', 'Multipart/Form-Data; boundary=x')), true);
  });
  it('does not apply to other bodies or methods', () => {
    assert.equal(isUploadRequest(request('POST', '/hoi-dap/gui-cau-hoi', 'application/x-www-form-urlencoded')), false);
    assert.equal(isUploadRequest(request('POST', '/api/v1/admin/content/news', 'application/json')), false);
    assert.equal(isUploadRequest(request('PUT', '/admin/media', 'multipart/form-data; boundary=x')), false);
    assert.equal(isUploadRequest(request('POST', '/admin/media')), false);
  });
});
