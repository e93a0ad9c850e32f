// The shared list and form components of the back office: DataTable (with Pagination), FilterBar
// and ActionForm, rendered to HTML and read back as a browser or a screen reader would.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';
import { adminDictionaries } from '../i18n/index.ts';
import { ActionForm } from './ActionForm.tsx';
import { DataTable, Pagination, type Column } from './DataTable.tsx';
import { FilterBar } from './FilterBar.tsx';

interface Person {
  id: number;
  name: string;
  role: string;
  depth: number;
}

const people: Person[] = [
  { id: 1, name: 'Nguyễn Văn An', role: 'Biên tập viên', depth: 1 },
  { id: 2, name: '<script>alert("x")</script>', role: 'Cộng tác viên', depth: 2 },
];

const columns: Column<Person>[] = [
  { header: 'Họ và tên', rowHeader: true, render: (p) => <a href={`/admin/users/${p.id}`}>{p.name}</a> },
  { header: 'Vai trò', class: 'role', render: (p) => p.role },
  { header: 'STT', render: (_p, i) => i + 1 },
];

const html = (node: VNode) => parse(render(node));

describe('DataTable', () => {
  it('is a captioned table: header cells scope="col", the naming cell scope="row", one cell per column and row', () => {
    const root = html(<DataTable caption="Người dùng" columns={columns} rows={people} />);
    const table = root.querySelector('.table-wrap > table.data-table')!;
    assert.ok(table, 'a data-table inside the scrolling wrapper');
    const caption = table.querySelector('caption')!;
    assert.equal(caption.text, 'Người dùng');
    assert.equal(caption.getAttribute('class'), 'visually-hidden', 'read by screen readers, not shown');
    const headers = table.querySelectorAll('thead th');
    assert.deepEqual(
      headers.map((th) => th.text),
      ['Họ và tên', 'Vai trò', 'STT'],
    );
    assert.ok(headers.every((th) => th.getAttribute('scope') === 'col'));
    const rows = table.querySelectorAll('tbody tr');
    assert.equal(rows.length, 2);
    const first = rows[0]!;
    assert.equal(first.querySelector('th')!.getAttribute('scope'), 'row');
    assert.equal(first.querySelector('th a')!.getAttribute('href'), '/admin/users/1');
    assert.deepEqual(
      first.querySelectorAll('td').map((td) => [td.getAttribute('class'), td.text]),
      [
        ['role', 'Biên tập viên'],
        [undefined, '1'],
      ],
    );
    assert.equal(rows[1]!.querySelectorAll('td')[1]!.text, '2', 'render gets the row index');
  });

  it('escapes what the rows hold', () => {
    const out = render(<DataTable columns={columns} rows={people} />);
    assert.ok(!out.includes('<script>'), out);
    assert.ok(out.includes('&lt;script'), out);
    assert.equal(html(<DataTable columns={columns} rows={people} />).querySelector('#x, tbody tr:nth-child(2) a')!.text, people[1]!.name, 'shown as text');
  });

  it('skips the columns given as false, and sets row attributes', () => {
    const root = html(
      <DataTable
        columns={[columns[0], false, columns[1], undefined]}
        rows={people}
        class="category-table"
        rowAttributes={(p) => ({ id: `chuyen-muc-${p.id}`, data: { depth: String(p.depth) } })}
      />,
    );
    assert.equal(root.querySelector('table')!.getAttribute('class'), 'data-table category-table');
    assert.equal(root.querySelectorAll('thead th').length, 2);
    const row = root.querySelector('#chuyen-muc-2')!;
    assert.ok(row, 'the row has its id');
    assert.equal(row.getAttribute('data-depth'), '2');
    assert.equal(row.querySelectorAll('th, td').length, 2);
  });

  for (const lang of ['vi', 'en'] as const) {
    it(`says there is nothing instead of an empty table (${lang})`, () => {
      const empty = adminDictionaries[lang].none;
      const root = html(<DataTable caption="x" columns={columns} rows={[]} empty={empty} />);
      assert.equal(root.querySelector('table'), null);
      assert.equal(root.querySelector('p.empty')!.text, lang === 'vi' ? 'Không có mục nào.' : 'Nothing here.');
      const full = html(<DataTable columns={columns} rows={people} empty={empty} />);
      assert.equal(full.querySelector('p.empty'), null, 'no message when there are rows');
    });
  }

  it('keeps the table (headers, empty body) when no empty message is given', () => {
    const root = html(<DataTable columns={columns} rows={[]} />);
    assert.equal(root.querySelectorAll('thead th').length, 3);
    assert.equal(root.querySelectorAll('tbody tr').length, 0);
  });

  it('draws totals in a footer and sort links in the headers', () => {
    const sorted: Column<Person>[] = [
      { header: 'Họ và tên', render: (p) => p.name, sort: { href: '/admin/users?sort=name', current: 'ascending' } },
      { header: 'Vai trò', render: (p) => p.role, sort: { href: '/admin/users?sort=role' } },
    ];
    const root = html(
      <DataTable
        columns={sorted}
        rows={people}
        footer={
          <tr>
            <th scope="row">Tổng</th>
            <td>2</td>
          </tr>
        }
      />,
    );
    const [name, role] = root.querySelectorAll('thead th');
    assert.equal(name!.querySelector('a')!.getAttribute('href'), '/admin/users?sort=name');
    assert.equal(name!.getAttribute('aria-sort'), 'ascending');
    assert.equal(role!.getAttribute('aria-sort'), undefined);
    assert.equal(root.querySelector('tfoot th')!.text, 'Tổng');
  });

  it('shows its pages below it', () => {
    const root = html(<DataTable columns={columns} rows={people} pagination={{ lang: 'vi', page: 2, pageCount: 3, href: (n) => `/admin/audit?trang=${n}` }} />);
    const nav = root.querySelector('table + nav, .table-wrap + nav')!;
    assert.ok(nav, 'the pages follow the table');
    assert.equal(nav.querySelector('a[rel="prev"]')!.getAttribute('href'), '/admin/audit?trang=1');
    assert.equal(nav.querySelector('a[rel="next"]')!.getAttribute('href'), '/admin/audit?trang=3');
  });
});

describe('Pagination', () => {
  it('says which page in the reader’s language, with previous and next links', () => {
    const vi = html(<Pagination lang="vi" page={2} pageCount={3} href={(n) => `?trang=${n}`} />);
    assert.equal(vi.querySelector('nav')!.getAttribute('aria-label'), 'Phân trang');
    assert.equal(vi.querySelector('nav')!.getAttribute('class'), 'pagination');
    assert.equal(vi.querySelector('span')!.text, 'Trang 2/3');
    assert.equal(vi.querySelector('a[rel="prev"]')!.text, '‹ Trang trước');
    const en = html(<Pagination lang="en" page={3} pageCount={3} href={(n) => `?trang=${n}`} />);
    assert.equal(en.querySelector('span')!.text, 'Page 3 of 3');
    assert.equal(en.querySelector('a[rel="next"]'), null, 'no next page after the last');
    assert.equal(en.querySelector('a[rel="prev"]')!.text, '‹ Previous page');
  });

  it('is nothing on a single page; without a count it follows hasNext', () => {
    assert.equal(render(<Pagination lang="vi" page={1} pageCount={1} href={String} />), '');
    assert.equal(render(<Pagination lang="vi" page={1} hasNext={false} href={String} />), '');
    assert.equal(render(<Pagination lang="vi" page={2} pageCount={1} href={String} />), '', 'a page past the only one: no links either');
    const open = html(<Pagination lang="vi" page={1} hasNext href={(n) => `/admin/audit?trang=${n}`} />);
    assert.equal(open.querySelector('a[rel="next"]')!.getAttribute('href'), '/admin/audit?trang=2');
    assert.equal(open.querySelector('span'), null, 'no "page x of y" without a count');
  });

  it('takes its own labels and class', () => {
    const root = html(<Pagination class="media-pager" labels={{ nav: 'Trang', previous: 'Lùi', next: 'Tới', pageOf: (p, c) => `${p}–${c}` }} page={2} pageCount={2} href={String} />);
    assert.equal(root.querySelector('nav.media-pager')!.getAttribute('aria-label'), 'Trang');
    assert.equal(root.querySelector('a[rel="prev"]')!.text, 'Lùi');
    assert.equal(root.querySelector('span')!.text, '2–2');
  });
});

describe('FilterBar', () => {
  const bar = (
    <FilterBar
      action="/admin/media"
      search
      submit="Lọc"
      fields={[
        { kind: 'input', type: 'search', name: 'q', label: 'Tìm kiếm', value: 'hội "nghị"', maxLength: 200 },
        { kind: 'select', name: 'kind', label: 'Loại', value: 'image', any: 'Tất cả', options: [{ value: 'image', label: 'Ảnh' }, { value: 'attachment', label: 'Tệp đính kèm' }] },
        false,
        { kind: 'select', name: 'f.year', label: 'Năm', value: undefined, any: 'Tất cả', options: [{ value: '2027', label: '2027' }] },
        { kind: 'checkbox', name: 'missingAlt', label: 'Chỉ ảnh thiếu mô tả', checked: true },
      ]}
    >
      <a href="/admin/media.csv">CSV</a>
    </FilterBar>
  );

  it('is a GET form whose every control has its label', () => {
    const form = html(bar).querySelector('form')!;
    assert.equal(form.getAttribute('method'), 'get');
    assert.equal(form.getAttribute('action'), '/admin/media');
    assert.equal(form.getAttribute('class'), 'filter-bar');
    assert.equal(form.getAttribute('role'), 'search');
    assert.equal(form.querySelector('input[name="_csrf"]'), null, 'a GET form carries no token');
    for (const control of form.querySelectorAll('input[type="search"], select')) {
      const label = form.querySelector(`label[for="${control.id}"]`);
      assert.ok(label && label.text.length > 0, `${control.getAttribute('name')} is labelled`);
    }
    assert.equal(form.querySelector('select[name="f.year"]')!.id, 'f-f-year', 'ids from names, dots made dashes');
    assert.equal(form.querySelector('input[type="checkbox"]')!.parentNode?.tagName, 'LABEL', 'the checkbox is inside its label');
  });

  it('shows the values the list was filtered by', () => {
    const form = html(bar).querySelector('form')!;
    assert.equal(form.querySelector('input[name="q"]')!.getAttribute('value'), 'hội "nghị"');
    assert.ok(render(bar).includes('value="hội &quot;nghị&quot;"'), 'the value is escaped in the attribute');
    assert.equal(form.querySelector('select[name="kind"] option[selected]')!.getAttribute('value'), 'image');
    assert.equal(form.querySelector('select[name="f.year"] option[selected]')!.getAttribute('value'), '', 'no value: "all" is chosen');
    assert.equal(form.querySelector('input[name="missingAlt"]')!.getAttribute('checked'), '');
    assert.equal(form.querySelector('input[name="missingAlt"]')!.getAttribute('value'), '1');
  });

  it('ends with the submit button, then the links given', () => {
    const form = html(bar).querySelector('form')!;
    const last = form.childNodes.filter((n) => n.nodeType === 1).slice(-2);
    assert.equal(last[0]!.toString(), '<button type="submit" class="button button--secondary">Lọc</button>');
    assert.equal(last[1]!.toString(), '<a href="/admin/media.csv">CSV</a>');
  });

  it('puts a hint before the button for the controls that name it', () => {
    const form = html(
      <FilterBar action="/admin/stats" submit="Xem" hint={{ id: 'f-period-hint', text: '(tháng/năm)' }} fields={[{ kind: 'input', type: 'month', name: 'from', label: 'Từ tháng', value: '2027-01', describedBy: 'f-period-hint' }]} />,
    ).querySelector('form')!;
    assert.equal(form.getAttribute('role'), undefined);
    assert.equal(form.querySelector('#f-from')!.getAttribute('aria-describedby'), 'f-period-hint');
    assert.equal(form.querySelector('#f-period-hint')!.text, '(tháng/năm)');
    assert.equal(form.querySelector('#f-from')!.getAttribute('value'), '2027-01');
  });
});

describe('ActionForm', () => {
  const env = { csrf: 'tok-123' };

  it('posts with the CSRF token first, then the hidden fields, then the one button', () => {
    const form = html(<ActionForm env={env} action="/admin/account/sessions/0/revoke" class="inline-form" hidden={{ session: 'abc', n: '0' }} variant="link" submit="Thu hồi" />).querySelector('form')!;
    assert.equal(form.getAttribute('method'), 'post');
    assert.equal(form.getAttribute('action'), '/admin/account/sessions/0/revoke');
    assert.equal(form.getAttribute('class'), 'inline-form');
    const inputs = form.querySelectorAll('input');
    assert.deepEqual(
      inputs.map((i) => [i.getAttribute('type'), i.getAttribute('name'), i.getAttribute('value')]),
      [
        ['hidden', '_csrf', 'tok-123'],
        ['hidden', 'session', 'abc'],
        ['hidden', 'n', '0'],
      ],
    );
    const buttons = form.querySelectorAll('button');
    assert.equal(buttons.length, 1);
    assert.equal(buttons[0]!.getAttribute('type'), 'submit');
    assert.equal(buttons[0]!.getAttribute('class'), 'link-button');
    assert.equal(buttons[0]!.text, 'Thu hồi');
  });

  it('names the button and the form when asked; the variant sets the button class', () => {
    const variants = { primary: 'button', secondary: 'button button--secondary', warning: 'button button--warning' } as const;
    for (const [variant, cls] of Object.entries(variants) as [keyof typeof variants, string][]) {
      const button = html(<ActionForm env={env} action="/x" variant={variant} submit="Lên" submitLabel="Chuyển “Tin tức” lên" />).querySelector('button')!;
      assert.equal(button.getAttribute('class'), cls);
      assert.equal(button.getAttribute('aria-label'), 'Chuyển “Tin tức” lên');
    }
    const form = html(<ActionForm env={env} id="pay-form" action="/admin/royalties/pay" label="Chấm điểm" submit="Trả" />).querySelector('form')!;
    assert.equal(form.id, 'pay-form');
    assert.equal(form.getAttribute('aria-label'), 'Chấm điểm');
    assert.ok(render(<ActionForm env={env} id="pay-form" action="/admin/royalties/pay" submit="Trả" />).startsWith('<form id="pay-form" method="post" action="/admin/royalties/pay">'));
  });

  it('keeps its controls between the token and the button, with a hint and a box to tick before an action that cannot be undone', () => {
    const form = html(
      <ActionForm env={env} action="/admin/media/5/delete" hint="Không thể hoàn tác." confirm="Tôi hiểu tệp sẽ bị xóa hẳn" variant="warning" submit="Xóa tệp này">
        <input name="reason" />
      </ActionForm>,
    ).querySelector('form')!;
    const order = form.childNodes.filter((n) => n.nodeType === 1).map((n) => n.toString());
    assert.ok(order[0]!.includes('name="_csrf"'));
    assert.ok(order[1]!.startsWith('<input name="reason"'));
    assert.ok(order[2]!.startsWith('<p class="hint">'));
    assert.ok(order[3]!.startsWith('<label class="check">'));
    assert.ok(order[4]!.startsWith('<button'));
    const tick = form.querySelector('input[type="checkbox"]')!;
    assert.equal(tick.getAttribute('required'), '', 'the browser holds the form until it is ticked');
    assert.equal(tick.parentNode?.text.trim(), 'Tôi hiểu tệp sẽ bị xóa hẳn');
  });

  it('escapes the token and hidden values', () => {
    const out = render(<ActionForm env={{ csrf: '"><script>x</script>' }} action="/x" hidden={{ back: '"/><img onerror=1>' }} submit="OK" />);
    assert.ok(!out.includes('<script>'), out);
    assert.ok(!out.includes('<img'), out);
  });
});
