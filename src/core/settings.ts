// Site settings (the agency's identity, contacts, menus) live in the database, never in templates.
// Seeded on first start with the Kiên Giang Economic Zone Authority's identity; editable later.
import type { Kysely } from 'kysely';
import type { Database, Role } from './db/schema.ts';
import type { Localized } from './i18n/index.ts';

export interface MenuItem {
  /** shown text; a category link may omit it and show the category's name */
  label?: Localized;
  /** a path on this site or an absolute URL */
  href?: string;
  /** a news category's slug: shown only while that category exists */
  category?: string;
  /** one level of sub-entries */
  children?: MenuItem[];
}

export interface SiteSettings {
  portalName: Localized;
  /** the agency, shown large in the header band */
  agencyName: Localized;
  /** governing body, shown on the small line above the agency's name */
  governingBody: Localized;
  logo: { src: string; width: number; height: number };
  address: Localized;
  phone: string;
  fax: string;
  email: string;
  responsiblePerson: Localized;
  licence: Localized;
  mainMenu: MenuItem[];
  /** links to other state agencies' portals (REQUIREMENTS A20) */
  footerLinks: MenuItem[];
  /** roles whose members must turn on two-factor sign-in */
  requireTotpRoles: Role[];
  /**
   * The script address of the national monitoring system (EMC, Circular 22/2023/TT-BTTTT) given
   * to the agency, https only; '' = off. When set, public pages load it and the CSP allows its
   * origin, and nothing else.
   */
  emcScriptUrl: string;
}

/** The origin an EMC script address may load from, or undefined when the address is not an acceptable https URL. */
export function emcOrigin(address: string): string | undefined {
  if (address.length > 500 || /[\s"'<>\\]/.test(address)) return undefined;
  try {
    const url = new URL(address);
    if (url.protocol !== 'https:' || url.username || url.password || !url.hostname.includes('.')) return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

export const defaultSettings: SiteSettings = {
  portalName: {
    vi: 'Cổng thông tin điện tử Ban Quản lý Khu kinh tế tỉnh Kiên Giang',
    en: 'Kien Giang Economic Zone Authority e-Portal',
  },
  agencyName: { vi: 'Ban Quản lý Khu kinh tế tỉnh Kiên Giang', en: 'Kien Giang Economic Zone Authority' },
  governingBody: { vi: 'Ủy ban nhân dân tỉnh Kiên Giang', en: "Kien Giang Provincial People's Committee" },
  logo: { src: '/static/img/logo.svg', width: 72, height: 72 },
  address: {
    vi: 'Số 1 Nguyễn Công Trứ, phường Vĩnh Thanh, thành phố Rạch Giá, tỉnh Kiên Giang',
    en: '1 Nguyen Cong Tru Street, Vinh Thanh Ward, Rach Gia City, Kien Giang Province',
  },
  phone: '(0297) 3 862 779',
  fax: '(0297) 3 862 778',
  email: 'bqlkkt@kiengiang.gov.vn',
  responsiblePerson: { vi: 'Trưởng Ban Quản lý Khu kinh tế tỉnh Kiên Giang', en: 'Head of the Kien Giang Economic Zone Authority' },
  licence: {
    vi: 'Giấy phép thiết lập trang thông tin điện tử tổng hợp số 01/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Kiên Giang cấp',
    en: 'Licence No. 01/GP-STTTT issued by the Kien Giang Department of Information and Communications',
  },
  mainMenu: [
    { label: { vi: 'Trang chủ', en: 'Home' }, href: '/' },
    {
      label: { vi: 'Giới thiệu', en: 'About' },
      href: '/gioi-thieu',
      children: [
        { label: { vi: 'Lãnh đạo Ban', en: 'Leadership' }, href: '/gioi-thieu/lanh-dao' },
        { label: { vi: 'Lịch công tác', en: 'Work calendar' }, href: '/lich-cong-tac' },
      ],
    },
    {
      label: { vi: 'Tin tức', en: 'News' },
      href: '/tin-tuc',
      children: [
        { category: 'tin-ban-quan-ly' },
        { category: 'tin-dau-tu' },
        { category: 'tin-khu-kinh-te-khu-cong-nghiep' },
        { label: { vi: 'Thư viện ảnh', en: 'Photos' }, href: '/thu-vien-anh' },
        { label: { vi: 'Video', en: 'Videos' }, href: '/video' },
      ],
    },
    {
      label: { vi: 'Văn bản', en: 'Documents' },
      href: '/van-ban',
      children: [{ category: 'pho-bien-phap-luat' }, { category: 'quy-hoach-ke-hoach' }, { category: 'cong-khai' }],
    },
    {
      label: { vi: 'Đầu tư', en: 'Investment' },
      href: '/khu-kinh-te',
      children: [
        { label: { vi: 'Khu kinh tế, khu công nghiệp', en: 'Economic zones and industrial parks' }, href: '/khu-kinh-te' },
        { label: { vi: 'So sánh các khu', en: 'Compare zones' }, href: '/khu-kinh-te/so-sanh' },
        { label: { vi: 'Dự án kêu gọi đầu tư', en: 'Projects calling for investment' }, href: '/du-an-keu-goi-dau-tu' },
      ],
    },
    { label: { vi: 'Thủ tục hành chính', en: 'Administrative procedures' }, href: '/thu-tuc-hanh-chinh' },
    {
      label: { vi: 'Thông báo', en: 'Announcements' },
      href: '/thong-bao',
      children: [
        { label: { vi: 'Thông báo', en: 'Announcements' }, href: '/thong-bao' },
        { label: { vi: 'Đấu thầu, mua sắm công', en: 'Bidding and procurement' }, href: '/dau-thau' },
      ],
    },
    {
      label: { vi: 'Hỏi đáp', en: 'Questions' },
      href: '/hoi-dap',
      children: [
        { label: { vi: 'Hỏi đáp', en: 'Questions and answers' }, href: '/hoi-dap' },
        { label: { vi: 'Góp ý dự thảo', en: 'Public consultations' }, href: '/gop-y-du-thao' },
        { label: { vi: 'Đánh giá, bình chọn', en: 'Rating and polls' }, href: '/danh-gia' },
      ],
    },
    { label: { vi: 'Liên hệ', en: 'Contact' }, href: '/lien-he' },
  ],
  footerLinks: [
    { label: { vi: 'Cổng thông tin điện tử Chính phủ', en: 'Government e-Portal' }, href: 'https://chinhphu.vn' },
    { label: { vi: 'Cổng Dịch vụ công quốc gia', en: 'National Public Service Portal' }, href: 'https://dichvucong.gov.vn' },
    { label: { vi: 'Cổng thông tin điện tử tỉnh Kiên Giang', en: 'Kien Giang Province e-Portal' }, href: 'https://kiengiang.gov.vn' },
  ],
  requireTotpRoles: [],
  emcScriptUrl: '',
};

type Key = keyof SiteSettings;

/** Writes every default that is missing; keeps what an administrator already changed. */
export async function ensureDefaultSettings(db: Kysely<Database>, now = new Date()): Promise<void> {
  const existing = new Set((await db.selectFrom('settings').select('key').execute()).map((r) => r.key));
  const missing = (Object.keys(defaultSettings) as Key[]).filter((k) => !existing.has(k));
  if (missing.length === 0) return;
  await db
    .insertInto('settings')
    .values(missing.map((key) => ({ key, value: JSON.stringify(defaultSettings[key]), updated_at: now.toISOString() })))
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}

/** Reads settings with a short per-process cache (settings change rarely; pages read them always). */
export class SettingsStore {
  private cached: { value: SiteSettings; at: number } | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly ttlMs = 5000,
  ) {}

  async get(): Promise<SiteSettings> {
    if (this.cached && Date.now() - this.cached.at < this.ttlMs) return this.cached.value;
    const rows = await this.db.selectFrom('settings').select(['key', 'value']).execute();
    const value: SiteSettings = { ...defaultSettings };
    for (const row of rows) {
      if (row.key in defaultSettings) (value as unknown as Record<string, unknown>)[row.key] = JSON.parse(row.value);
    }
    this.cached = { value, at: Date.now() };
    return value;
  }

  async set<K extends Key>(key: K, value: SiteSettings[K]): Promise<void> {
    const row = { key, value: JSON.stringify(value), updated_at: new Date().toISOString() };
    await this.db
      .insertInto('settings')
      .values(row)
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: row.value, updated_at: row.updated_at }))
      .execute();
    this.cached = undefined;
  }
}

/**
 * The installation's secret (CSRF tokens, signed values), made once and kept in the database
 * so that every app node and every restart shares it.
 */
export async function appSecret(db: Kysely<Database>): Promise<string> {
  const key = 'secret.app';
  const { randomBytes } = await import('node:crypto');
  await db
    .insertInto('settings')
    .values({ key, value: JSON.stringify(randomBytes(32).toString('hex')), updated_at: new Date().toISOString() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirstOrThrow();
  return JSON.parse(row.value) as string;
}
