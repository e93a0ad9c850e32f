import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { render } from 'preact-render-to-string';
import { Field, Select, TextArea } from './forms.tsx';

describe('form fields', () => {
  it('tie their hint and error to the control, so screen readers read them', () => {
    const html = parse(
      render(
        <form>
          <Field name="email" label="Thư điện tử" hint="Gợi ý" error="Sai" />
          <TextArea name="summary" label="Tóm tắt" error="Quá dài" />
          <Select name="role" label="Vai trò" options={[{ value: 'a', label: 'A' }]} error="Chọn lại" />
          <Field name="plain" label="Không lỗi" />
        </form>,
      ),
    );
    for (const control of html.querySelectorAll('input, textarea, select')) {
      const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
      const name = control.getAttribute('name');
      if (name === 'plain') {
        assert.equal(ids.length, 0);
        assert.equal(control.getAttribute('aria-invalid'), undefined);
        continue;
      }
      assert.ok(ids.length > 0, `${name} is described`);
      for (const id of ids) assert.ok(html.querySelector(`#${id}`), `${name}: #${id} exists`);
      assert.equal(control.getAttribute('aria-invalid'), 'true');
      assert.ok((html.querySelector(`label[for=${control.id}]`)?.text ?? '').length > 0, `${name} has a label`);
    }
  });
});
