import { canonicalHandle, SERVICE_BY_ID } from './handle-services.ts';

/** A handle read from a link: the service, the canonical value and the link's span in the text. */
export interface LinkHandle {
  value: string;
  start: number;
  end: number;
}

const HOSTS =
  't\\.me|telegram\\.me|telegram\\.dog|wa\\.me|api\\.whatsapp\\.com|chat\\.whatsapp\\.com|signal\\.me|signal\\.group|' +
  'snapchat\\.com|instagram\\.com|instagr\\.am|onlyfans\\.com|tiktok\\.com|facebook\\.com|fb\\.com|fb\\.me|m\\.me|' +
  'line\\.me|threema\\.id';
/**
 * Web links to a service profile, found by their host first (a literal alternation is fast, a
 * lookbehind in front of it is not). Group 1: host, group 2: path, query and fragment.
 */
const WEB_LINK = new RegExp(`(${HOSTS})\\/([^\\s<>"'\`]*)`, 'gi');
/** What may stand before the host: a scheme and a mobile or www subdomain. */
const LINK_PREFIX = /(?:(?:https?:)?\/\/)?(?:www\.|m\.|mobile\.|web\.|vm\.)?$/i;
const BOUNDARY = /[\w.-]/;
/** App links: `skype:name?chat`, `viber://chat?number=`, `tg://resolve?domain=`, `whatsapp://send?phone=`. */
const APP_LINK =
  /(?:skype:([a-z][a-z0-9.,_-]{5,31}|live:[a-z0-9._-]{3,40})\?(?:chat|call|add|userinfo)|viber:\/\/(?:chat|add|contact)\?number=(?:%2B|\+)?(\d{7,15})|tg:\/\/resolve\?domain=([a-z0-9_]{4,32})|whatsapp:\/\/send\/?\?phone=(?:%2B|\+)?(\d{7,15}))/gi;

const TRAILING = /[.,;:!?)\]}'"»]+$/;
const RESERVED: Record<string, Set<string>> = {
  telegram: new Set([
    'share',
    'addstickers',
    'addemoji',
    'proxy',
    'socks',
    'iv',
    'login',
    'c',
    'setlanguage',
    'addlist',
    'boost',
    'contact',
    'addtheme',
    'bg',
    'invoice',
  ]),
  instagram: new Set([
    'p',
    'reel',
    'reels',
    'tv',
    'explore',
    'accounts',
    'direct',
    'about',
    'developer',
    'legal',
    'web',
    's',
    'stories',
  ]),
  onlyfans: new Set(['my', 'posts', 'help', 'terms', 'privacy', 'action', 'login']),
  facebook: new Set([
    'groups',
    'pages',
    'events',
    'watch',
    'share',
    'sharer',
    'sharer.php',
    'photo',
    'photo.php',
    'story.php',
    'permalink.php',
    'marketplace',
    'login',
    'help',
    'policies',
    'hashtag',
    'people',
    'gaming',
    'reel',
    'videos',
    'messages',
    'dialog',
    'plugins',
    'l.php',
    'home.php',
    'profile.php',
  ]),
};

/** The service and handle a web link points at, or null for posts, shares and other non-profile pages. */
export function handleFromWebLink(host: string, rest: string): string | null {
  const h = host.toLowerCase();
  const [path = '', fragment = ''] = rest.split('#', 2);
  const [pathOnly = '', query = ''] = path.split('?', 2);
  const segs = pathOnly.split('/').filter((s) => s !== '');
  const first = segs[0] ?? '';
  const make = (service: string, handle: string) => canonicalHandle(SERVICE_BY_ID.get(service)!, handle);
  const param = (name: string) =>
    new RegExp(`(?:^|&)${name}=(?:%2B|\\+)?(\\d{7,15})(?:&|$)`).exec(query)?.[1];
  switch (h) {
    case 't.me':
    case 'telegram.me':
    case 'telegram.dog': {
      if (first === 'joinchat' && segs[1]) return make('telegram', `+${segs[1]}`);
      // `t.me/+<hash>` is an invite; `t.me/+<digits>` opens the account of that phone number.
      if (first.startsWith('+')) return make('telegram', first);
      const name = first === 's' ? (segs[1] ?? '') : first;
      return RESERVED.telegram!.has(name.toLowerCase()) ? null : make('telegram', name);
    }
    case 'wa.me':
      return /^\+?\d{7,15}$/.test(first) ? make('whatsapp', `+${first.replace('+', '')}`) : null;
    case 'api.whatsapp.com': {
      const phone = param('phone');
      return phone ? make('whatsapp', `+${phone}`) : null;
    }
    case 'chat.whatsapp.com':
      return make('whatsapp', `group/${first}`);
    case 'signal.me': {
      const m = /^(p|eu)\/(.+)$/.exec(fragment);
      return m ? make('signal', `${m[1]}/${m[2]}`) : null;
    }
    case 'signal.group':
      return fragment ? make('signal', `group/${fragment}`) : null;
    case 'snapchat.com':
      if (first === 'add' && segs[1]) return make('snapchat', segs[1]);
      return first.startsWith('@') ? make('snapchat', first.slice(1)) : null;
    case 'instagram.com':
    case 'instagr.am':
      if (first === 'stories' && segs[1]) return make('instagram', segs[1]);
      return RESERVED.instagram!.has(first.toLowerCase()) ? null : make('instagram', first);
    case 'onlyfans.com':
      return RESERVED.onlyfans!.has(first.toLowerCase()) ? null : make('onlyfans', first);
    case 'tiktok.com':
      return first.startsWith('@') ? make('tiktok', first.slice(1)) : null;
    case 'facebook.com':
    case 'fb.com':
    case 'fb.me': {
      const id = /(?:^|&)id=(\d{5,20})(?:&|$)/.exec(query)?.[1];
      if (first === 'profile.php') return id ? make('facebook', `id/${id}`) : null;
      return RESERVED.facebook!.has(first.toLowerCase()) ? null : make('facebook', first);
    }
    case 'm.me':
      return make('facebook', first);
    case 'line.me': {
      const m = /^(?:r\/)?ti\/p\/(~|%40|@)?([a-z0-9._-]+)$/i.exec(segs.join('/'));
      if (!m?.[2]) return null;
      return make('line', (m[1] === '@' || m[1] === '%40' ? '@' : '') + m[2]);
    }
    case 'threema.id':
      return make('threema', first);
    default:
      return null;
  }
}

/** The hosts of WEB_LINK and the schemes of APP_LINK, lower case: every match has one right before its '/' or ':'. */
const WEB_HOSTS = HOSTS.replace(/\\/g, '').split('|');
const APP_SCHEMES = ['skype', 'viber', 'tg', 'whatsapp'];
/** The last units of those words: a mark after any other unit needs no comparison. */
const lastUnitsOf = (words: readonly string[]) => [...new Set(words.map((w) => w[w.length - 1]))].join('');
const WEB_HOST_LAST = lastUnitsOf(WEB_HOSTS);
const APP_SCHEME_LAST = lastUnitsOf(APP_SCHEMES);

/**
 * Whether some `mark` in the text ('/' or ':') has one of `words` (ASCII, lower case) right before
 * it, compared without regard to ASCII case as the `i` flag does: a necessary condition for
 * WEB_LINK or APP_LINK to match, checked at the few marks of a text instead of running the
 * alternations over every character.
 */
function literalBefore(text: string, mark: string, words: readonly string[], lastUnits: string): boolean {
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
    // Most marks (`24/7`, `1/2`, `Tel:`) end no word: one lookup rules them out.
    if (at === 0 || !lastUnits.includes(String.fromCharCode(text.charCodeAt(at - 1) | 0x20))) continue;
    for (const w of words) {
      if (at < w.length) continue;
      let k = 0;
      while (k < w.length && (text.charCodeAt(at - w.length + k) | 0x20) === w.charCodeAt(k)) k++;
      if (k === w.length) return true;
    }
  }
  return false;
}

/** Handles in service links (web and app links); offsets span the whole link. */
export function extractLinkHandles(text: string): LinkHandle[] {
  const out: LinkHandle[] = [];
  if (literalBefore(text, '/', WEB_HOSTS, WEB_HOST_LAST)) {
    WEB_LINK.lastIndex = 0;
    for (let m = WEB_LINK.exec(text); m !== null; m = WEB_LINK.exec(text)) {
      const prefix = LINK_PREFIX.exec(text.slice(Math.max(0, m.index - 16), m.index))?.[0] ?? '';
      const start = m.index - prefix.length;
      if (start > 0 && BOUNDARY.test(text[start - 1] as string)) continue;
      const rest = (m[2] ?? '').replace(TRAILING, '');
      const value = handleFromWebLink(m[1] ?? '', rest);
      const end = m.index + m[0].length - ((m[2] ?? '').length - rest.length);
      if (value) out.push({ value, start, end });
    }
  }
  if (literalBefore(text, ':', APP_SCHEMES, APP_SCHEME_LAST)) {
    APP_LINK.lastIndex = 0;
    for (let m = APP_LINK.exec(text); m !== null; m = APP_LINK.exec(text)) {
      if (m.index > 0 && BOUNDARY.test(text[m.index - 1] as string)) continue;
      const value = m[1]
        ? canonicalHandle(SERVICE_BY_ID.get('skype')!, m[1])
        : m[2]
          ? canonicalHandle(SERVICE_BY_ID.get('viber')!, `+${m[2]}`)
          : m[3]
            ? canonicalHandle(SERVICE_BY_ID.get('telegram')!, m[3])
            : canonicalHandle(SERVICE_BY_ID.get('whatsapp')!, `+${m[4]}`);
      if (value) out.push({ value, start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}
