// Posters for the demo videos, drawn at load time: a 16:9 SVG "frame" (an industrial park from the
// air, a conference, a ribbon, a building site, a port, a presenter at a desk, a fire drill)
// varied by a seed, rasterised by sharp into a small JPEG that then goes through the media
// library's normal upload. No text is drawn (a server may lack the fonts) and the same seed
// always gives the same bytes, so loading the demo twice stores nothing twice.
import sharp from 'sharp';

export const posterKinds = ['aerial', 'hall', 'ribbon', 'site', 'port', 'desk', 'drill'] as const;
export type PosterKind = (typeof posterKinds)[number];

export const posterWidth = 480;
export const posterHeight = 270;
const W = posterWidth;
const H = posterHeight;

/** FNV-1a of the text: the seed of a poster. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A small deterministic generator (mulberry32): numbers in [0, 1). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const n = (v: number) => Math.round(v * 10) / 10;
const pick = <T,>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

function sky(r: () => number, horizon: number): string {
  const [top, bottom] = pick(r, [['#8cc7ea', '#e3f2fa'], ['#c3d0da', '#eef2f5'], ['#f0b98c', '#fbe3cc'], ['#6fa8d6', '#cfe6f5']] as const);
  return `<defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs><rect width="${W}" height="${n(horizon)}" fill="url(#s)"/>`;
}

function people(r: () => number, count: number, x0: number, x1: number, foot: number, size: number, helmet = false): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    const x = x0 + ((x1 - x0) * (i + 0.5)) / count + (r() - 0.5) * 8;
    const shirt = pick(r, ['#ffffff', '#dfe8f0', '#2f4858', '#1f3a5f', '#8aa1b1']);
    out += `<rect x="${n(x - size * 0.28)}" y="${n(foot - size)}" width="${n(size * 0.56)}" height="${n(size * 0.7)}" rx="${n(size * 0.15)}" fill="${shirt}" stroke="#00000022"/>`;
    out += `<rect x="${n(x - size * 0.18)}" y="${n(foot - size * 0.35)}" width="${n(size * 0.36)}" height="${n(size * 0.35)}" fill="#2b2f36"/>`;
    out += `<circle cx="${n(x)}" cy="${n(foot - size * 1.12)}" r="${n(size * 0.2)}" fill="${pick(r, ['#e0b48f', '#c98f66', '#f0c9a5'])}"/>`;
    out += `<path d="M${n(x - size * 0.22)} ${n(foot - size * 1.14)} a${n(size * 0.22)} ${n(size * 0.2)} 0 0 1 ${n(size * 0.44)} 0 z" fill="${helmet ? '#f5c400' : '#1d1d1d'}"/>`;
  }
  return out;
}

function building(r: () => number, x: number, base: number, w: number, h: number): string {
  const roof = pick(r, ['#3b6e99', '#5a7d9a', '#2f5d87']);
  let out = `<rect x="${n(x)}" y="${n(base - h)}" width="${n(w)}" height="${n(h)}" fill="${pick(r, ['#e9edf1', '#f1efe9', '#d7e2ea'])}" stroke="#9aa7b3"/><rect x="${n(x - 4)}" y="${n(base - h - 8)}" width="${n(w + 8)}" height="10" fill="${roof}"/>`;
  for (let i = 0; i < Math.floor(w / 24); i++) out += `<rect x="${n(x + 8 + i * 24)}" y="${n(base - h + 12)}" width="14" height="8" fill="#9cc3dd"/>`;
  return out;
}

const posters: Record<PosterKind, (r: () => number) => string> = {
  aerial(r) {
    let out = `<rect width="${W}" height="${H}" fill="#8fb37a"/>`;
    out += `<rect x="0" y="${n(110 + r() * 30)}" width="${W}" height="18" fill="#6e7479"/><rect x="${n(180 + r() * 60)}" y="0" width="18" height="${H}" fill="#6e7479"/>`;
    for (let i = 0; i < 9; i++) {
      const x = 15 + (i % 3) * 160 + r() * 20;
      const y = 15 + Math.floor(i / 3) * 88 + r() * 10;
      out += `<rect x="${n(x)}" y="${n(y)}" width="${n(90 + r() * 30)}" height="${n(50 + r() * 12)}" fill="${pick(r, ['#dfe6ec', '#3b6e99', '#c9d3dc', '#5a7d9a', '#e9edf1'])}" stroke="#7d8a96"/>`;
    }
    for (let i = 0; i < 14; i++) out += `<circle cx="${n(r() * W)}" cy="${n(r() * H)}" r="${n(5 + r() * 5)}" fill="#3f7d4a"/>`;
    return out;
  },
  hall(r) {
    let out = `<rect width="${W}" height="${H}" fill="#e9e4da"/><rect x="40" y="18" width="400" height="100" fill="${pick(r, ['#123f73', '#7a1f2b', '#0b3a6b'])}"/>`;
    out += `<rect x="70" y="36" width="340" height="14" fill="#f2c230"/><rect x="110" y="62" width="260" height="8" fill="#ffffff" opacity="0.7"/><rect x="0" y="118" width="${W}" height="30" fill="#a9744f"/>`;
    out += people(r, 1, 130, 170, 140, 28);
    out += `<rect x="125" y="112" width="50" height="32" fill="#6b4226"/>`;
    for (let row = 0; row < 3; row++) for (let i = 0; i < 9 + row; i++) {
      const x = 20 + ((W - 40) * (i + 0.5)) / (9 + row);
      const y = 175 + row * 32;
      out += `<rect x="${n(x - 12)}" y="${n(y + 8)}" width="24" height="26" rx="6" fill="${pick(r, ['#ffffff', '#2f4858', '#dfe8f0', '#1f3a5f'])}"/><circle cx="${n(x)}" cy="${n(y + 2)}" r="9" fill="#1d1d1d"/>`;
    }
    return out;
  },
  ribbon(r) {
    let out = sky(r, 150) + `<rect y="150" width="${W}" height="${H - 150}" fill="#d9d2c5"/>` + building(r, 60, 160, 360, 90);
    out += `<path d="M160 ${H} L200 170 H280 L320 ${H} Z" fill="#b3262e"/>` + people(r, 6, 90, 390, 250, 60);
    const y = 205 + r() * 10;
    out += `<path d="M20 ${n(y)} Q240 ${n(y + 12)} 460 ${n(y)}" stroke="#d7192a" stroke-width="7" fill="none"/><circle cx="240" cy="${n(y + 6)}" r="12" fill="#e8313f"/>`;
    return out;
  },
  site(r) {
    let out = sky(r, 190) + `<rect y="190" width="${W}" height="${H - 190}" fill="#b89b72"/>`;
    const cx = 70 + r() * 50;
    out += `<g stroke="#e0a800" stroke-width="5" fill="none"><path d="M${n(cx)} 190 V30 M${n(cx - 40)} 36 H${n(cx + 220)} M${n(cx + 170)} 36 V${n(90 + r() * 40)}"/></g>`;
    for (let f = 0; f <= 4; f++) out += `<rect x="230" y="${184 - f * 30}" width="210" height="6" fill="#9a9a96"/>`;
    for (let c = 0; c <= 5; c++) out += `<rect x="${230 + c * 40}" y="64" width="7" height="126" fill="#8a8a86"/>`;
    return out + people(r, 5, 30, 300, 262, 48, true);
  },
  port(r) {
    let out = sky(r, 120) + `<rect y="120" width="${W}" height="${H - 120}" fill="#3f86b5"/><rect y="205" width="${W}" height="${H - 205}" fill="#8d8f91"/>`;
    out += `<path d="M${n(30 + r() * 40)} 165 h220 l-20 32 h-180 z" fill="#273746"/><rect x="${n(150 + r() * 40)}" y="138" width="46" height="28" fill="#f2f2ee"/>`;
    for (let col = 0; col < 6; col++) for (let row = 0; row < 2 + Math.floor(r() * 3); row++) out += `<rect x="${300 + col * 27}" y="${205 - (row + 1) * 15}" width="25" height="14" fill="${pick(r, ['#c0392b', '#2e86c1', '#27ae60', '#f39c12', '#8e44ad'])}" stroke="#00000033"/>`;
    return out + `<g stroke="#d35400" stroke-width="6" fill="none"><path d="M290 205 V95 M370 205 V95 M270 97 H420"/></g>`;
  },
  desk(r) {
    let out = `<rect width="${W}" height="${H}" fill="${pick(r, ['#dfe7ef', '#e9e4da', '#e3ecf2'])}"/>`;
    out += `<rect x="250" y="30" width="200" height="120" rx="4" fill="#1f3a5f"/><rect x="262" y="42" width="176" height="96" fill="#e9f2f9"/>`;
    for (let i = 0; i < 4; i++) out += `<rect x="276" y="${56 + i * 20}" width="${n(90 + r() * 60)}" height="8" fill="#7fa7c9"/>`;
    out += people(r, 1, 120, 170, 215, 110);
    return out + `<rect x="20" y="200" width="260" height="70" fill="#8a5a3b"/><rect x="20" y="196" width="260" height="8" fill="#6b4226"/>`;
  },
  drill(r) {
    let out = sky(r, 170) + `<rect y="170" width="${W}" height="${H - 170}" fill="#a3a59f"/>` + building(r, 240, 175, 220, 90);
    out += `<ellipse cx="${n(320 + r() * 80)}" cy="60" rx="60" ry="22" fill="#7f8c8d" opacity="0.8"/>`;
    out += `<rect x="30" y="180" width="170" height="56" rx="6" fill="#c0392b"/><rect x="150" y="166" width="50" height="40" rx="4" fill="#c0392b"/><circle cx="65" cy="240" r="13" fill="#2c3e50"/><circle cx="170" cy="240" r="13" fill="#2c3e50"/>`;
    return out + `<path d="M120 180 Q ${n(230 + r() * 30)} 40 ${n(310 + r() * 30)} 110" stroke="#d6eaf8" stroke-width="5" fill="none"/>` + people(r, 2, 220, 300, 262, 44, true);
  },
};

/** The SVG of one poster. */
export function posterSvg(kind: PosterKind, seed: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${posters[kind](random(seed))}</svg>`;
}

/** A JPEG of the poster (the library re-encodes it anyway). */
export function posterPicture(kind: PosterKind, seed: number): Promise<Buffer> {
  return sharp(Buffer.from(posterSvg(kind, seed))).flatten({ background: '#ffffff' }).jpeg({ quality: 82 }).toBuffer();
}
