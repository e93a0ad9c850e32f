// The links module's own interface strings, in both languages; a key missing from either is a
// type error. Field labels come from the declaration.
import type { Language } from '../../core/db/schema.ts';

export interface LinkStrings {
  title: string;
  intro: string;
  none: string;
  external: string;
}

export const linkStrings: Record<Language, LinkStrings> = {
  vi: {
    title: 'Liên kết website',
    intro: 'Cổng thông tin điện tử của các cơ quan nhà nước và các hệ thống dịch vụ công liên quan đến hoạt động của Ban Quản lý.',
    none: 'Chưa có liên kết nào.',
    external: '(trang ngoài)',
  },
  en: {
    title: 'Links',
    intro: 'The portals of other state agencies and the public-service systems related to the Authority’s work.',
    none: 'There are no links yet.',
    external: '(external site)',
  },
};
