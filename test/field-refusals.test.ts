// A field refusal that no route catches (a restore whose values no longer pass a module's rule, a
// content-change hook) answers 400 BAD_FIELDS in the reader's language, never a 500.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ContentTypeDeclaration } from '../src/core/content-types/declaration.ts';
import { FieldsInvalid, validateFields } from '../src/core/content-types/validate.ts';
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

describe('required fields', () => {
  const declaration: ContentTypeDeclaration = {
    type: 'thu',
    label: { vi: 'Thử', en: 'Test' },
    plural: { vi: 'Thử', en: 'Tests' },
    categories: false,
    api: 'thu',
    paths: { vi: '/thu' },
    itemPath: () => '/thu',
    fields: [
      { name: 'title', kind: 'text', label: { vi: 'Tiêu đề', en: 'Title' }, required: true },
      { name: 'text', kind: 'longText', label: { vi: 'Nội dung', en: 'Text' }, required: true },
      { name: 'note', kind: 'text', label: { vi: 'Ghi chú', en: 'Note' } },
    ],
  };

  it('a value of spaces only (also no-break spaces and line breaks) is missing, and an optional one is simply left out', async () => {
    await assert.rejects(validateFields(declaration, { title: '   ', text: '\n\u00a0\t' }, 'form'), (e: unknown) => {
      assert.ok(e instanceof FieldsInvalid, String(e));
      assert.deepEqual(
        e.problems.map((p) => [p.field, p.message.vi]),
        [
          ['title', 'Bắt buộc nhập.'],
          ['text', 'Bắt buộc nhập.'],
        ],
      );
      return true;
    });
    assert.deepEqual(await validateFields(declaration, { title: ' Có ', text: 'Nội dung', note: '  ' }, 'json'), { title: 'Có', text: 'Nội dung' });
  });
});


describe('what refers to an item', () => {
  it('counts reference fields to its type only, not a number field holding the same value', async () => {
    const { publishItem } = await import('../src/core/content-types/publish-item.ts');
    const { publishedReferencesTo } = await import('../src/core/content-types/field-index.ts');
    const { declarationOf } = await import('../src/core/modules.ts');
    const portal = await createTestPortal('sqlite', { demo: true });
    try {
      const db = portal.ctx.db.kysely;
      // a procedure's legal basis refers to documents; find one that is referred to
      const cited = await db.selectFrom('content_field_values').innerJoin('content', 'content.id', 'content_field_values.content_id').select('content_field_values.number_value').where('content.type', '=', 'procedure').where('content_field_values.field', '=', 'legalBasis').executeTakeFirstOrThrow();
      const documentId = Number(cited.number_value);
      const referring = await publishedReferencesTo(db, documentId);
      assert.ok(referring.length > 0 && referring.every((r) => r.type === 'procedure' && r.field === 'legalBasis'), JSON.stringify(referring));
      // a project whose area happens to equal the document's id
      const project = declarationOf('project')!;
      await publishItem(db, project, { title: 'Dự án có diện tích trùng số', fields: { sector: project.fields.find((f) => f.name === 'sector')!.options![0]!.value, location: 'Rạch Giá', status: project.fields.find((f) => f.name === 'status')!.options![0]!.value, area: documentId, capitalVnd: 1_000_000_000 }, publishedAt: new Date(Date.now() - 1000), sourceKey: 'test:area-equal-id' });
      assert.deepEqual(await publishedReferencesTo(db, documentId), referring, 'the project is not a reference');
    } finally {
      await portal.close();
    }
  });
});
