import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redactUrl, requestLogSerializer } from './redact.ts';
import type { FastifyRequest } from 'fastify';

describe('request log redaction', () => {
  it('hides token-like query values and reset/preview path segments, keeps the rest', () => {
    assert.equal(redactUrl('/admin/setup?token=abcDEF123_-xyz'), '/admin/setup?token=[REDACTED]');
    assert.equal(redactUrl('/admin/password-reset?token=s3cr3t&lang=vi'), '/admin/password-reset?token=[REDACTED]&lang=vi');
    assert.equal(redactUrl('/admin/password-reset/s3cr3t-token'), '/admin/password-reset/[REDACTED]');
    assert.equal(redactUrl('/xem-truoc/s3cr3t'), '/xem-truoc/[REDACTED]');
    assert.equal(redactUrl('/x?T=1&Code=2&reset=3&q=tin+tuc'), '/x?T=[REDACTED]&Code=[REDACTED]&reset=[REDACTED]&q=tin+tuc');
    assert.equal(redactUrl('/x?%74oken=abc'), '/x?%74oken=[REDACTED]');
    assert.equal(redactUrl('/tin-tuc/hoi-nghi?trang=2'), '/tin-tuc/hoi-nghi?trang=2');
    assert.equal(redactUrl('/admin/login?reset=1#x'), '/admin/login?reset=[REDACTED]');
  });

  it('the req serializer of the logger never prints the setup token', () => {
    const token = 'Zk3pQ9vX2mT7rL1sN8bW4cY6dF0hJ5gA';
    const logged = JSON.stringify(requestLogSerializer({ method: 'GET', url: `/admin/setup?token=${token}`, host: 'portal.test', ip: '127.0.0.1', socket: { remotePort: 1 } } as unknown as FastifyRequest));
    assert.ok(!logged.includes(token), logged);
    assert.match(logged, /\[REDACTED\]/);
  });
});
