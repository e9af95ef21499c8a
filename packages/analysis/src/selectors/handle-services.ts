/**
 * The messenger and social services Vigil reads handles for: what a valid handle looks like, whether
 * it is case-insensitive, and the words people write before it, in the languages of the action day.
 */
export interface HandleService {
  id: string;
  /** Valid canonical handle (after case folding): usernames, `+<digits>` numbers or `kind/<token>` links. */
  pattern: RegExp;
  /** How the service compares handles: 'lower' (case-insensitive), 'upper' or 'exact'. */
  fold: 'lower' | 'upper' | 'exact';
  /** Keywords that name the service unambiguously: a handle may follow after a space. */
  keywords: string[];
  /** Short or common words (`tg`, `of`, `line`): a handle must follow a `:`, `-`, `=` or `@`. */
  shortKeywords: string[];
  /** Whether a keyword followed by a bare username is this service's username (false for number-only services). */
  usernames: boolean;
}

const PHONE = '\\+\\d{7,15}';

export const HANDLE_SERVICES: HandleService[] = [
  {
    id: 'telegram',
    pattern: /^(?:[a-z][a-z0-9_]{3,31}|\+[A-Za-z0-9_-]{8,64})$/,
    fold: 'lower',
    keywords: [
      'telegram',
      'telegramm',
      'telegrama',
      'telegramie',
      'telegramu',
      'телеграм',
      'телеграмм',
      'телеграме',
      'телеграмі',
      'телега',
      'τηλεγραφημα',
      'τελεγκραμ',
    ],
    shortKeywords: ['tg', 'тг', 'telega'],
    usernames: true,
  },
  {
    id: 'whatsapp',
    pattern: new RegExp(`^(?:${PHONE}|group/[A-Za-z0-9]{10,40})$`),
    fold: 'exact',
    keywords: [
      'whatsapp',
      'watsapp',
      'whatsap',
      'whattsapp',
      'вотсап',
      'ватсап',
      'вацап',
      'вотсапп',
      'ватсапп',
    ],
    shortKeywords: ['wa', 'wapp', 'whats'],
    usernames: false,
  },
  {
    id: 'signal',
    pattern: /^(?:[a-z_][a-z0-9_]{2,31}\.\d{2,9}|(?:p|eu|group)\/[A-Za-z0-9_\-+/=.~]{8,256})$/,
    fold: 'lower',
    keywords: ['сигнал', 'сігнал'],
    shortKeywords: ['signal'],
    usernames: true,
  },
  {
    id: 'viber',
    pattern: new RegExp(`^(?:${PHONE}|pa/[a-z0-9_.-]{3,64})$`),
    fold: 'exact',
    keywords: ['viber', 'вайбер', 'вайбере', 'вайбері', 'вібер'],
    shortKeywords: [],
    usernames: false,
  },
  {
    id: 'snapchat',
    pattern: /^[a-z][a-z0-9._-]{2,14}$/,
    fold: 'lower',
    keywords: ['snapchat', 'снэпчат', 'снапчат', 'снепчат'],
    shortKeywords: ['snap', 'sc', 'snp'],
    usernames: true,
  },
  {
    id: 'instagram',
    pattern: /^(?!\.)[a-z0-9._]{2,30}$/,
    fold: 'lower',
    keywords: [
      'instagram',
      'instagramm',
      'инстаграм',
      'інстаграм',
      'инстаграмм',
      'инста',
      'інста',
      'ινσταγκραμ',
    ],
    shortKeywords: ['insta', 'ig', 'inst', 'инст'],
    usernames: true,
  },
  {
    id: 'onlyfans',
    pattern: /^[a-z0-9._-]{3,50}$/,
    fold: 'lower',
    keywords: ['onlyfans', 'онлифанс', 'онліфанс'],
    shortKeywords: ['of', 'only fans'],
    usernames: true,
  },
  {
    id: 'tiktok',
    pattern: /^[a-z0-9._]{2,24}$/,
    fold: 'lower',
    keywords: ['tiktok', 'тикток', 'тікток'],
    shortKeywords: ['tt'],
    usernames: true,
  },
  {
    id: 'facebook',
    pattern: /^(?:[a-z0-9.]{5,50}|id\/\d{5,20})$/,
    fold: 'lower',
    keywords: ['facebook', 'фейсбук', 'фэйсбук'],
    shortKeywords: ['fb', 'фб', 'messenger'],
    usernames: true,
  },
  {
    id: 'skype',
    pattern: /^(?:live:[a-z0-9._-]{3,40}|[a-z][a-z0-9.,_-]{5,31})$/,
    fold: 'lower',
    keywords: ['skype', 'скайп', 'скайпе'],
    shortKeywords: [],
    usernames: true,
  },
  {
    id: 'line',
    pattern: /^@?[a-z0-9._-]{4,20}$/,
    fold: 'lower',
    keywords: [],
    shortKeywords: ['line', 'line id', 'lineid'],
    usernames: true,
  },
  {
    id: 'wechat',
    pattern: /^[a-z][a-z0-9_-]{5,19}$/,
    fold: 'lower',
    keywords: ['wechat', 'weixin', '微信', 'вичат', 'вічат'],
    shortKeywords: ['wx', 'wechat id'],
    usernames: true,
  },
  {
    id: 'threema',
    pattern: /^[A-Z0-9*][A-Z0-9]{7}$/,
    fold: 'upper',
    keywords: ['threema', 'треема', 'трима'],
    shortKeywords: [],
    usernames: true,
  },
];

export const SERVICE_BY_ID = new Map(HANDLE_SERVICES.map((s) => [s.id, s]));

/** Canonical `service:handle` when the handle is valid for the service, else null. */
export function canonicalHandle(service: HandleService, handle: string): string | null {
  // Invite hashes and link tokens (`+AbC…`, `group/…`, `p/…`) are case-sensitive whatever the service.
  const token = handle.startsWith('+') || /^(?:group|p|eu|pa|id)\//.test(handle);
  const fold = token ? 'exact' : service.fold;
  const folded = fold === 'lower' ? handle.toLowerCase() : fold === 'upper' ? handle.toUpperCase() : handle;
  return service.pattern.test(folded) ? `${service.id}:${folded}` : null;
}

/** Common words that follow a service name in running text and are never the handle. */
export const NOT_HANDLES = new Set(
  (
    'and or only please me us here now channel group chat account profile also too for the with to on in at is are my ' +
    'our your number nr no contact write message dm pm call text available just app und oder nur bitte mich hier jetzt ' +
    'kanal gruppe auch mit ist mein meine nummer schreib schreiben et ou seulement moi ici avec est mon ma numéro écris ' +
    'en of alleen mij nu kanaal groep ook met mijn schrijf y o solo aquí ahora canal grupo también con es mi número ' +
    'escribe lub tylko mnie tutaj teraz kanał grupa też jest mój numer napisz sau doar aici acum grup si și cu este meu ' +
    'numar scrie и или только мне здесь сейчас канал группа тоже есть мой номер пиши напиши або тільки мені тут ' +
    'зараз група теж є мій пишіть напишіть'
  ).split(' '),
);
