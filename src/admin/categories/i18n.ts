// Strings of the categories pages, both languages (English must have every key: the type says so).
import type { CategoryProblem } from '../../core/content/categories.ts';
import type { Language } from '../../core/db/schema.ts';

const vi = {
  categories: 'Chuyên mục',
  intro: 'Chuyên mục của từng loại nội dung. Đổi tên không đổi địa chỉ (đường dẫn) của chuyên mục. Chuyên mục bị ẩn không còn hiện trong danh sách chuyên mục, trình đơn và trang chủ của cổng; trang của chuyên mục và các bài trong đó vẫn mở được từ những liên kết đã có. Chỉ xoá được chuyên mục không còn bài và không có chuyên mục con.',
  nameVi: 'Tên (tiếng Việt)',
  nameEn: 'Tên (tiếng Anh)',
  slug: 'Địa chỉ',
  parent: 'Chuyên mục cha',
  position: 'Thứ tự',
  items: 'Số mục',
  visibility: 'Hiển thị',
  shown: 'Đang hiện',
  hidden: 'Đã ẩn',
  hiddenByParent: 'Ẩn theo chuyên mục cha',
  actions: 'Thao tác',
  topLevel: '(cấp cao nhất)',
  none: 'Chưa có chuyên mục nào.',
  up: 'Lên',
  down: 'Xuống',
  moveUp: (name: string) => `Đưa “${name}” lên`,
  moveDown: (name: string) => `Đưa “${name}” xuống`,
  hide: 'Ẩn',
  show: 'Hiện',
  edit: 'Sửa',
  delete: 'Xoá',
  deleteLabel: (name: string) => `Xoá chuyên mục “${name}”`,
  newCategory: 'Thêm chuyên mục',
  create: 'Thêm',
  save: 'Lưu',
  back: '‹ Danh sách chuyên mục',
  editTitle: (name: string) => `Sửa chuyên mục: ${name}`,
  slugHint: 'Địa chỉ được tạo từ tên tiếng Việt khi thêm và không đổi khi đổi tên, để các liên kết đã có vẫn dùng được.',
  nameHint: 'Bắt buộc.',
  publicAddress: 'Trang trên cổng',
  done: {
    created: 'Đã thêm chuyên mục.',
    saved: 'Đã lưu chuyên mục.',
    moved: 'Đã đổi thứ tự.',
    hidden: 'Đã ẩn chuyên mục khỏi cổng.',
    shown: 'Chuyên mục đã hiện lại trên cổng.',
    deleted: 'Đã xoá chuyên mục.',
  },
  problem: (p: CategoryProblem): string => {
    switch (p.code) {
      case 'NOT_FOUND':
        return 'Không tìm thấy chuyên mục.';
      case 'NAME_REQUIRED':
        return 'Tên tiếng Việt không được để trống.';
      case 'NAME_TOO_LONG':
        return `Tên dài quá ${p.max} ký tự.`;
      case 'NO_LETTERS':
        return 'Tên phải có ít nhất một chữ cái hoặc chữ số.';
      case 'DUPLICATE':
        return `Đã có chuyên mục “${p.name}” cùng tên trong loại nội dung này.`;
      case 'UNKNOWN_PARENT':
        return 'Chuyên mục cha không tồn tại trong loại nội dung này.';
      case 'CYCLE':
        return 'Không thể đặt một chuyên mục vào chính nó hoặc vào chuyên mục con của nó.';
      case 'TOO_DEEP':
        return `Chuyên mục chỉ có tối đa ${p.max} cấp (cấp cao nhất và một cấp con).`;
      case 'NOT_EMPTY':
        return p.items > 0 && p.children > 0
          ? `Không xoá được: chuyên mục còn ${p.items} mục nội dung và ${p.children} chuyên mục con. Hãy chuyển chúng đi trước.`
          : p.items > 0
            ? `Không xoá được: chuyên mục còn ${p.items} mục nội dung. Hãy chuyển chúng sang chuyên mục khác trước (hoặc ẩn chuyên mục).`
            : `Không xoá được: chuyên mục còn ${p.children} chuyên mục con. Hãy chuyển hoặc xoá chúng trước.`;
    }
  },
};

export type CategoriesText = typeof vi;

const en: CategoriesText = {
  categories: 'Categories',
  intro: 'Categories of each content type. Renaming keeps a category’s address. A hidden category no longer shows in the public lists of categories, the menus or the home page; its page and its items still open from the links that already exist. Only a category with no items and no sub-categories can be deleted.',
  nameVi: 'Name (Vietnamese)',
  nameEn: 'Name (English)',
  slug: 'Address',
  parent: 'Parent category',
  position: 'Order',
  items: 'Items',
  visibility: 'Visibility',
  shown: 'Shown',
  hidden: 'Hidden',
  hiddenByParent: 'Hidden with its parent',
  actions: 'Actions',
  topLevel: '(top level)',
  none: 'No categories yet.',
  up: 'Up',
  down: 'Down',
  moveUp: (name: string) => `Move “${name}” up`,
  moveDown: (name: string) => `Move “${name}” down`,
  hide: 'Hide',
  show: 'Show',
  edit: 'Edit',
  delete: 'Delete',
  deleteLabel: (name: string) => `Delete the category “${name}”`,
  newCategory: 'Add a category',
  create: 'Add',
  save: 'Save',
  back: '‹ All categories',
  editTitle: (name: string) => `Edit category: ${name}`,
  slugHint: 'The address is made from the Vietnamese name when the category is added and never changes on renaming, so existing links keep working.',
  nameHint: 'Required.',
  publicAddress: 'Public page',
  done: {
    created: 'Category added.',
    saved: 'Category saved.',
    moved: 'Order changed.',
    hidden: 'Category hidden from the portal.',
    shown: 'Category shown on the portal again.',
    deleted: 'Category deleted.',
  },
  problem: (p: CategoryProblem): string => {
    switch (p.code) {
      case 'NOT_FOUND':
        return 'Category not found.';
      case 'NAME_REQUIRED':
        return 'The Vietnamese name must not be empty.';
      case 'NAME_TOO_LONG':
        return `The name is longer than ${p.max} characters.`;
      case 'NO_LETTERS':
        return 'The name needs at least one letter or digit.';
      case 'DUPLICATE':
        return `This content type already has a category named “${p.name}”.`;
      case 'UNKNOWN_PARENT':
        return 'The parent category does not exist in this content type.';
      case 'CYCLE':
        return 'A category cannot be placed in itself or in one of its sub-categories.';
      case 'TOO_DEEP':
        return `Categories have at most ${p.max} levels (a top level and one level below it).`;
      case 'NOT_EMPTY':
        return p.items > 0 && p.children > 0
          ? `Cannot delete: the category still has ${p.items} item(s) and ${p.children} sub-categor${p.children === 1 ? 'y' : 'ies'}. Move them first.`
          : p.items > 0
            ? `Cannot delete: the category still has ${p.items} item(s). Move them to another category first (or hide the category).`
            : `Cannot delete: the category still has ${p.children} sub-categor${p.children === 1 ? 'y' : 'ies'}. Move or delete them first.`;
    }
  },
};

export const categoriesText: Record<Language, CategoriesText> = { vi, en };
export type DoneKey = keyof CategoriesText['done'];
