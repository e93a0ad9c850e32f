// Pictures for the demo albums, drawn at load time: an SVG scene (a ribbon-cutting, a conference
// hall, a building site, an industrial park, a port, a signing, a tree planting, a fire drill)
// varied by a seed, rasterised by sharp into a small JPEG that then goes through the media
// library's normal upload. No text is drawn (a server may lack the fonts), no file is shipped,
// and the same seed always gives the same bytes, so loading the demo twice stores nothing twice.
import sharp from 'sharp';

export const sceneKinds = ['ribbon', 'hall', 'site', 'factory', 'port', 'signing', 'planting', 'drill'] as const;
export type SceneKind = (typeof sceneKinds)[number];

export const demoWidth = 480;
export const demoHeight = 320;

/** FNV-1a of the text: the seed of a picture. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A small deterministic generator (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    between: (min: number, max: number) => min + (max - min) * next(),
    int: (min: number, max: number) => Math.floor(min + (max - min + 1) * next()),
    pick: <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
  };
}
type Random = ReturnType<typeof random>;

const W = demoWidth;
const H = demoHeight;
const skies = [
  ['#9fd3f0', '#e6f4fb'],
  ['#7fb8e0', '#d3ecf8'],
  ['#c9d6df', '#eef2f5'],
  ['#f3c9a0', '#fbe9d4'],
] as const;
const shirts = ['#ffffff', '#f2f2ee', '#dfe8f0', '#2f4858', '#1f3a5f', '#8aa1b1', '#e8e1d3'];
const skins = ['#e0b48f', '#c98f66', '#f0c9a5', '#b57a52'];

const n = (v: number) => Math.round(v * 10) / 10;

function sky(r: Random, horizon: number): string {
  const [top, bottom] = r.pick(skies);
  return (
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs>` +
    `<rect width="${W}" height="${horizon}" fill="url(#sky)"/>` +
    (r.next() < 0.6 ? `<circle cx="${n(r.between(40, W - 40))}" cy="${n(r.between(25, 60))}" r="${n(r.between(14, 22))}" fill="#fff6d5" opacity="0.9"/>` : '') +
    Array.from({ length: r.int(1, 3) }, () => {
      const x = r.between(0, W);
      const y = r.between(20, horizon * 0.45);
      return `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(r.between(25, 45))}" ry="${n(r.between(8, 13))}" fill="#ffffff" opacity="0.75"/>`;
    }).join('')
  );
}

/** A standing person seen from the front: head, shirt, trousers; optionally a hard hat. */
function person(r: Random, x: number, foot: number, scale: number, options: { helmet?: boolean; shirt?: string } = {}): string {
  const h = 64 * scale;
  const head = 7 * scale;
  const shirt = options.shirt ?? r.pick(shirts);
  const skin = r.pick(skins);
  const top = foot - h;
  let out = `<rect x="${n(x - 6 * scale)}" y="${n(top + h * 0.58)}" width="${n(12 * scale)}" height="${n(h * 0.42)}" rx="${n(2 * scale)}" fill="#2b2f36"/>`;
  out += `<rect x="${n(x - 9 * scale)}" y="${n(top + head * 2)}" width="${n(18 * scale)}" height="${n(h * 0.42)}" rx="${n(5 * scale)}" fill="${shirt}" stroke="#00000022"/>`;
  out += `<circle cx="${n(x)}" cy="${n(top + head)}" r="${n(head)}" fill="${skin}"/>`;
  out += options.helmet
    ? `<path d="M${n(x - head * 1.15)} ${n(top + head * 0.9)} a${n(head * 1.15)} ${n(head * 1.05)} 0 0 1 ${n(head * 2.3)} 0 z" fill="#f5c400"/>`
    : `<path d="M${n(x - head)} ${n(top + head * 0.8)} a${n(head)} ${n(head * 0.9)} 0 0 1 ${n(head * 2)} 0 z" fill="#1d1d1d"/>`;
  return out;
}

/** People in a row, evenly spread between x0 and x1 with a little jitter. */
function crowd(r: Random, count: number, x0: number, x1: number, foot: number, scale: number, helmet = false): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    const x = x0 + ((x1 - x0) * (i + 0.5)) / count + r.between(-4, 4);
    out += person(r, x, foot + r.between(-2, 2), scale * r.between(0.92, 1.06), { helmet });
  }
  return out;
}

function tree(r: Random, x: number, foot: number, size: number): string {
  const green = r.pick(['#3f7d4a', '#4f8f5a', '#2f6b3c', '#5c9a52']);
  return `<rect x="${n(x - size * 0.08)}" y="${n(foot - size * 0.6)}" width="${n(size * 0.16)}" height="${n(size * 0.6)}" fill="#7a5a3a"/><circle cx="${n(x)}" cy="${n(foot - size * 0.75)}" r="${n(size * 0.38)}" fill="${green}"/>`;
}

/** A factory hall with a sawtooth roof and a row of windows. */
function hall(r: Random, x: number, base: number, w: number, h: number): string {
  const wall = r.pick(['#e9edf1', '#dfe6ec', '#f1efe9', '#d7e2ea']);
  const roof = r.pick(['#3b6e99', '#5a7d9a', '#2f5d87', '#8a9aa8']);
  const teeth = Math.max(2, Math.round(w / 40));
  const tw = w / teeth;
  let roofPath = `M${n(x)} ${n(base - h)}`;
  for (let i = 0; i < teeth; i++) roofPath += ` L${n(x + tw * i + tw * 0.75)} ${n(base - h - 16)} L${n(x + tw * (i + 1))} ${n(base - h)}`;
  let out = `<rect x="${n(x)}" y="${n(base - h)}" width="${n(w)}" height="${n(h)}" fill="${wall}" stroke="#9aa7b3"/>`;
  out += `<path d="${roofPath} Z" fill="${roof}"/>`;
  for (let i = 0; i < teeth * 2; i++) out += `<rect x="${n(x + 8 + ((w - 16) * i) / (teeth * 2))}" y="${n(base - h + 10)}" width="${n(((w - 16) / (teeth * 2)) * 0.6)}" height="8" fill="#9cc3dd"/>`;
  out += `<rect x="${n(x + w * 0.4)}" y="${n(base - h * 0.55)}" width="${n(w * 0.2)}" height="${n(h * 0.55)}" fill="#7d8a96"/>`;
  return out;
}

function ground(color: string, from: number): string {
  return `<rect x="0" y="${n(from)}" width="${W}" height="${n(H - from)}" fill="${color}"/>`;
}

const scenes: Record<SceneKind, (r: Random) => string> = {
  // a ribbon stretched before a new plant, people behind it, flowers on either side
  ribbon(r) {
    const horizon = 175;
    let out = sky(r, horizon) + ground('#cfc6b4', horizon);
    out += hall(r, 40, horizon + 10, 400, 95);
    out += `<rect x="0" y="${horizon + 10}" width="${W}" height="${H - horizon - 10}" fill="#d9d2c5"/>`;
    out += `<path d="M140 ${H} L190 ${horizon + 40} H290 L340 ${H} Z" fill="#b3262e"/>`;
    out += crowd(r, r.int(5, 7), 90, 390, 285, 1.55);
    const y = 232 + r.between(-6, 6);
    out += `<path d="M20 ${n(y)} Q240 ${n(y + 12)} 460 ${n(y)}" stroke="#d7192a" stroke-width="7" fill="none"/>`;
    out += `<circle cx="240" cy="${n(y + 6)}" r="13" fill="#e8313f"/><path d="M240 ${n(y + 6)} l-18 22 h10 z M240 ${n(y + 6)} l18 22 h-10 z" fill="#e8313f"/>`;
    for (const x of [30, 450]) out += `<rect x="${x - 14}" y="270" width="28" height="30" fill="#8d5b3b"/><circle cx="${x}" cy="262" r="18" fill="${r.pick(['#e84a5f', '#f6b93b', '#e55039'])}"/><circle cx="${x - 8}" cy="255" r="8" fill="#f8c291"/>`;
    return out;
  },
  // a conference: the stage and its backdrop, a speaker at the lectern, the audience from behind
  hall(r) {
    const backdrop = r.pick(['#123f73', '#0b3a6b', '#1d4e89', '#7a1f2b']);
    let out = `<rect width="${W}" height="${H}" fill="#e9e4da"/>`;
    out += `<rect x="30" y="20" width="420" height="120" rx="4" fill="${backdrop}"/>`;
    out += `<rect x="55" y="40" width="370" height="18" fill="#f2c230" opacity="0.85"/><rect x="95" y="70" width="290" height="10" fill="#ffffff" opacity="0.7"/><rect x="125" y="90" width="230" height="10" fill="#ffffff" opacity="0.6"/>`;
    out += `<rect x="0" y="140" width="${W}" height="40" fill="#a9744f"/><rect x="0" y="176" width="${W}" height="6" fill="#7e5236"/>`;
    out += person(r, 150 + r.between(-20, 20), 160, 0.95, { shirt: '#ffffff' });
    out += `<rect x="120" y="128" width="60" height="40" fill="#6b4226"/>`;
    out += tree(r, 420, 176, 40) + tree(r, 60, 176, 34);
    out += `<rect x="220" y="146" width="180" height="14" rx="3" fill="#ffffff"/>`;
    for (let row = 0; row < 4; row++) {
      const y = 205 + row * 30;
      const count = 8 + row;
      for (let i = 0; i < count; i++) {
        const x = 20 + ((W - 40) * (i + 0.5)) / count + r.between(-3, 3);
        const s = 1 + row * 0.18;
        out += `<rect x="${n(x - 11 * s)}" y="${n(y + 8 * s)}" width="${n(22 * s)}" height="${n(22 * s)}" rx="${n(6 * s)}" fill="${r.pick(shirts)}" stroke="#00000022"/><circle cx="${n(x)}" cy="${n(y + 3 * s)}" r="${n(8 * s)}" fill="#1d1d1d"/>`;
      }
    }
    return out;
  },
  // a building site: a tower crane, the frame of a building, workers in hard hats
  site(r) {
    const horizon = 230;
    let out = sky(r, horizon) + ground('#b89b72', horizon);
    const cx = r.between(70, 130);
    out += `<g stroke="#e0a800" stroke-width="5" fill="none"><path d="M${n(cx)} ${horizon} V40 M${n(cx - 40)} 46 H${n(cx + 230)} M${n(cx)} 40 L${n(cx + 120)} 46 M${n(cx + 180)} 46 V${n(r.between(110, 150))}"/></g>`;
    out += `<rect x="${n(cx - 10)}" y="48" width="20" height="18" fill="#2f5d87"/>`;
    const fx = 210;
    const floors = r.int(3, 5);
    for (let f = 0; f <= floors; f++) out += `<rect x="${fx}" y="${n(horizon - f * 32 - 6)}" width="220" height="6" fill="#9a9a96"/>`;
    for (let c = 0; c <= 5; c++) out += `<rect x="${fx + c * 42}" y="${n(horizon - floors * 32)}" width="7" height="${floors * 32}" fill="#8a8a86"/>`;
    out += `<rect x="0" y="${horizon + 20}" width="${W}" height="16" fill="#9c825e"/>`;
    out += crowd(r, r.int(4, 6), 40, 300, 300, 1.35, true);
    return out;
  },
  // an industrial park seen from a little above: factory halls, an internal road, trees
  factory(r) {
    const horizon = 110;
    let out = sky(r, horizon) + ground('#9cc08a', horizon);
    out += `<path d="M0 ${H} L200 ${horizon + 20} H280 L${W} ${H} Z" fill="#6e7479"/><path d="M240 ${horizon + 22} V${H}" stroke="#f2f2ee" stroke-width="3" stroke-dasharray="14 12"/>`;
    out += hall(r, 10, 200, 170, 60) + hall(r, 300, 205, 170, 62);
    out += hall(r, 60, horizon + 40, 110, 28) + hall(r, 300, horizon + 40, 120, 30);
    const chimney = r.between(180, 300);
    out += `<rect x="${n(chimney)}" y="${horizon - 45}" width="12" height="75" fill="#b0b6bb"/><ellipse cx="${n(chimney + 30)}" cy="${horizon - 55}" rx="34" ry="12" fill="#ffffff" opacity="0.7"/>`;
    for (let i = 0; i < 6; i++) out += tree(r, 15 + i * 20, H - 5, 30) + tree(r, W - 15 - i * 20, H - 5, 30);
    return out;
  },
  // a port: the sea, a cargo ship, stacked containers and a gantry crane
  port(r) {
    const horizon = 150;
    let out = sky(r, horizon) + `<rect y="${horizon}" width="${W}" height="${H - horizon}" fill="#3f86b5"/>`;
    out += `<rect y="245" width="${W}" height="${H - 245}" fill="#8d8f91"/>`;
    out += `<path d="M${n(r.between(20, 80))} 200 h220 l-20 35 h-180 z" fill="#273746"/><rect x="${n(r.between(140, 200))}" y="168" width="50" height="32" fill="#f2f2ee"/>`;
    const colors = ['#c0392b', '#2e86c1', '#27ae60', '#f39c12', '#8e44ad', '#16a085'];
    for (let col = 0; col < 6; col++) {
      for (let row = 0; row < r.int(2, 4); row++) out += `<rect x="${300 + col * 28}" y="${245 - (row + 1) * 16}" width="26" height="15" fill="${r.pick(colors)}" stroke="#00000033"/>`;
    }
    out += `<g stroke="#d35400" stroke-width="6" fill="none"><path d="M290 245 V120 M370 245 V120 M270 122 H420"/></g>`;
    out += crowd(r, r.int(2, 4), 40, 200, 312, 1.05, true);
    return out;
  },
  // a signing or an award: a backdrop, flags, a draped table, two people holding a document
  signing(r) {
    const backdrop = r.pick(['#0b3a6b', '#7a1f2b', '#123f73']);
    let out = `<rect width="${W}" height="${H}" fill="#efe9dd"/><rect x="20" y="15" width="440" height="150" fill="${backdrop}"/>`;
    out += `<rect x="50" y="35" width="380" height="16" fill="#f2c230"/><rect x="90" y="62" width="300" height="9" fill="#ffffff" opacity="0.7"/>`;
    for (const x of [45, 415]) out += `<rect x="${x}" y="60" width="4" height="140" fill="#b7950b"/><rect x="${x + 4}" y="62" width="34" height="22" fill="#da251d"/><path d="M${x + 21} 67 l2 5 h5 l-4 3 2 5 -5 -3 -5 3 2 -5 -4 -3 h5 z" fill="#ffde00"/>`;
    out += person(r, 185, 245, 1.6, { shirt: '#ffffff' }) + person(r, 295, 245, 1.6, { shirt: r.pick(['#2f4858', '#1f3a5f']) });
    out += `<rect x="205" y="170" width="70" height="48" fill="#fffdf5" stroke="#b7950b" stroke-width="3"/>`;
    out += `<rect x="30" y="235" width="420" height="85" fill="#1f5f8b"/><rect x="30" y="235" width="420" height="14" fill="#f2f2ee"/>`;
    out += `<circle cx="110" cy="228" r="14" fill="#e84a5f"/><circle cx="370" cy="228" r="14" fill="#f6b93b"/>`;
    return out;
  },
  // tree planting: saplings in a row, people with shovels, a strip of the park behind
  planting(r) {
    const horizon = 150;
    let out = sky(r, horizon) + ground('#7a9a5a', horizon) + `<rect y="200" width="${W}" height="${H - 200}" fill="#8b6b4a"/>`;
    out += hall(r, 260, horizon + 8, 200, 45);
    for (let i = 0; i < 5; i++) out += tree(r, 40 + i * 100 + r.between(-10, 10), 250, r.between(38, 52));
    for (let i = 0; i < 4; i++) {
      const x = 80 + i * 100 + r.between(-12, 12);
      out += person(r, x, 300, 1.2, { helmet: r.next() < 0.3 });
      out += `<path d="M${n(x + 12)} 250 L${n(x + 26)} 298" stroke="#5d4037" stroke-width="3"/><path d="M${n(x + 22)} 294 l10 4 -4 8 -10 -4 z" fill="#7f8c8d"/>`;
    }
    return out;
  },
  // a fire drill: a factory hall, a fire engine, an arc of water, smoke
  drill(r) {
    const horizon = 200;
    let out = sky(r, horizon) + ground('#a3a59f', horizon);
    out += hall(r, 230, horizon + 5, 230, 100);
    out += `<ellipse cx="${n(r.between(300, 400))}" cy="80" rx="60" ry="24" fill="#7f8c8d" opacity="0.8"/><ellipse cx="${n(r.between(330, 430))}" cy="55" rx="40" ry="16" fill="#95a5a6" opacity="0.7"/>`;
    out += `<rect x="30" y="215" width="170" height="60" rx="6" fill="#c0392b"/><rect x="150" y="200" width="50" height="40" rx="4" fill="#c0392b"/><rect x="158" y="207" width="34" height="18" fill="#aed6f1"/>`;
    out += `<rect x="40" y="222" width="100" height="8" fill="#ecf0f1"/><circle cx="65" cy="280" r="14" fill="#2c3e50"/><circle cx="170" cy="280" r="14" fill="#2c3e50"/>`;
    out += `<path d="M120 215 Q ${n(r.between(230, 260))} 60 ${n(r.between(310, 340))} 130" stroke="#d6eaf8" stroke-width="5" fill="none"/>`;
    out += crowd(r, r.int(2, 3), 210, 300, 305, 1.2, true);
    return out;
  },
};

/** The SVG of one picture. */
export function sceneSvg(kind: SceneKind, seed: number): string {
  const body = scenes[kind](random(seed));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`;
}

/** A JPEG of the picture, as a camera would hand it over (the library re-encodes it anyway). */
export function scenePicture(kind: SceneKind, seed: number): Promise<Buffer> {
  return sharp(Buffer.from(sceneSvg(kind, seed))).flatten({ background: '#ffffff' }).jpeg({ quality: 82 }).toBuffer();
}
