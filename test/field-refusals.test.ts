// A field refusal that no route catches (a restore whose values no longer pass a module's rule, a
// content-change hook) answers 400 BAD_FIELDS in the reader's language, never a 500.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FieldsInvalid } from '../src/core/content-types/validate.ts';
import { createTestPortal } from './helpers/portal.ts';

describe('field refusals no route catches', () => {
  it('are 400 BAD_FIELDS naming the field, as a page and as JSON', async () => {
    const refusal = () => new FieldsInvalid([{ field: 'parent', message: { vi: 'Không thể là cấp trên của chính nó.', en: 'Cannot be its own parent.' } }]);
    const portal = await createTestPortal('sqlite', {
      extraRoutes: (app) => {
        app.get('/thu-loi-truong', async () => {
          throw refusal();
        });
        app.get('/api/v1/admin/thu-loi-truong', async () => {
          throw refusal();
        });
      },
    });
    try {
      const page = await portal.app.inject({ method: 'GET', url: '/thu-loi-truong' });
      assert.equal(page.statusCode, 400);
      assert.match(page.body, /parent: Không thể là cấp trên của chính nó\./);
      const api = await portal.app.inject({ method: 'GET', url: '/api/v1/admin/thu-loi-truong' });
      assert.equal(api.statusCode, 400);
      assert.deepEqual(JSON.parse(api.body).error, { code: 'BAD_FIELDS', message: 'parent: Cannot be its own parent.', messageVi: 'parent: Không thể là cấp trên của chính nó.' });
    } finally {
      await portal.close();
    }
  });
});
