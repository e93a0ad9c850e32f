// Leaders (lãnh đạo) of the agency and its units, declared once (DESIGN.md §4): what Nghị định
// 42/2022/NĐ-CP asks a portal to publish about each — name, position, the duties assigned, official
// telephone and e-mail — with a photo from the media library. The item's title is the person's
// name. The leadership page (/gioi-thieu/lanh-dao) belongs to the units module, which reads these
// items by type name; a leader's address is its card there.
import type { ContentTypeDeclaration } from '../../core/content-types/declaration.ts';

export const leaderType = 'leader';

export const leaderPaths = { vi: '/gioi-thieu/lanh-dao', en: '/en/about/leadership' } as const;

/** An address people can write to: name@domain.tld, no spaces, no display name. */
export const emailPattern = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
/** A telephone number as it is printed: digits with spaces, dots, dashes, brackets, a leading +. */
export const phonePattern = /^\+?[0-9 .()-]{8,30}$/;

export const leaderDeclaration: ContentTypeDeclaration = {
  type: leaderType,
  label: { vi: 'Lãnh đạo', en: 'Leader' },
  plural: { vi: 'Lãnh đạo', en: 'Leaders' },
  categories: false,
  api: 'leaders',
  paths: leaderPaths,
  itemPath: (item) => `${leaderPaths.vi}#${item.slug}`,
  fields: [
    {
      name: 'position',
      kind: 'text',
      label: { vi: 'Chức vụ', en: 'Position' },
      hint: { vi: 'Ví dụ: Trưởng ban, Phó Trưởng ban, Chánh Văn phòng, Trưởng phòng Quản lý Đầu tư.', en: 'E.g. Trưởng ban, Phó Trưởng ban, Chánh Văn phòng, Trưởng phòng Quản lý Đầu tư.' },
      required: true,
      maxLength: 200,
      listColumn: true,
      search: 'title',
    },
    {
      name: 'unit',
      kind: 'reference',
      referenceType: 'unit',
      label: { vi: 'Đơn vị', en: 'Unit' },
      hint: { vi: 'Đơn vị công tác; lãnh đạo Ban chọn “Lãnh đạo Ban”.', en: 'The unit the leader heads or works in; the Authority’s leaders choose its leadership board.' },
      required: true,
      listColumn: true,
      filter: true,
    },
    {
      name: 'order',
      kind: 'number',
      label: { vi: 'Thứ tự hiển thị', en: 'Display order' },
      hint: { vi: 'Thứ tự trong đơn vị: số nhỏ đứng trước (Trưởng ban 1, các Phó Trưởng ban 2, 3…); cùng số thì xếp theo tên.', en: 'Order within the unit: smaller numbers first (head 1, deputies 2, 3…); equal numbers are sorted by name.' },
      min: 0,
      max: 9999,
      listColumn: true,
    },
    {
      name: 'photo',
      kind: 'images',
      label: { vi: 'Ảnh chân dung', en: 'Portrait' },
      hint: {
        vi: 'Một ảnh từ thư viện tư liệu. Mô tả ảnh (văn bản thay thế) lấy từ thư viện; để trống thì dùng “Ảnh” và họ tên.',
        en: 'One image from the media library. Its description (alt text) comes from the library; when empty, “Photo of” and the name is used.',
      },
    },
    { name: 'duties', kind: 'richText', label: { vi: 'Nhiệm vụ được phân công', en: 'Assigned duties' }, hint: { vi: 'Lĩnh vực, đơn vị được phân công phụ trách.', en: 'The fields and units the leader is in charge of.' }, search: 'body' },
    {
      name: 'phone',
      kind: 'text',
      label: { vi: 'Điện thoại', en: 'Telephone' },
      hint: { vi: 'Số điện thoại công vụ, ví dụ (0297) 3 862 779.', en: 'Official telephone, e.g. (0297) 3 862 779.' },
      maxLength: 30,
      pattern: { regex: phonePattern, message: { vi: 'Số điện thoại chỉ gồm chữ số, khoảng trắng, dấu chấm, gạch ngang, ngoặc đơn (ví dụ (0297) 3 862 779).', en: 'A telephone number has only digits, spaces, dots, dashes and brackets, e.g. (0297) 3 862 779.' } },
    },
    {
      name: 'email',
      kind: 'text',
      label: { vi: 'Thư điện tử công vụ', en: 'Official e-mail' },
      hint: { vi: 'Địa chỉ thư công vụ (…@kiengiang.gov.vn), không dùng thư cá nhân.', en: 'The official address (…@kiengiang.gov.vn), not a personal one.' },
      maxLength: 200,
      pattern: { regex: emailPattern, message: { vi: 'Địa chỉ thư điện tử không hợp lệ (ví dụ ten.bqlkkt@kiengiang.gov.vn).', en: 'Not a valid e-mail address (e.g. ten.bqlkkt@kiengiang.gov.vn).' } },
    },
    { name: 'termStart', kind: 'date', label: { vi: 'Giữ chức vụ từ ngày', en: 'In office since' } },
  ],
  validate(values) {
    const photos = Array.isArray(values.photo) ? values.photo : [];
    return photos.length > 1 ? [{ field: 'photo', message: { vi: 'Chỉ chọn một ảnh chân dung.', en: 'Choose one portrait only.' } }] : [];
  },
};
