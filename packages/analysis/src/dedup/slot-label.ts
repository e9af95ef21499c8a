import type { DisplayToken } from './display-tokens.ts';

/**
 * Names for template slots, guessed from the values seen in the slot and the fixed words around
 * it, in the languages Vigil watches. A wrong guess only changes a label; the values stay listed.
 */
export type SlotLabel = 'name' | 'age' | 'city' | 'phone' | 'price' | 'number' | 'emoji' | '…';

const CURRENCY = new Set(
  '€ $ £ ₴ ₽ zł zl pln eur euro euros evro usd gbp chf uah грн гривень гривні гривен руб рублей ₸ lei ron leu kč czk ft huf ευρώ евро євро kr sek nok dkk bgn лв'.split(
    ' ',
  ),
);

const AGE_WORDS = new Set(
  'years yrs yo y y.o age aged year lat lata roku wiek jahre jahren alter ani ani. vârsta varsta anni età ans âge años edad jaar leeftijd éves év let лет года год років роки рік возраст вік ετών χρονών χρόνων ηλικία'.split(
    ' ',
  ),
);

/** Words before a place name: "in Berlin", "w Warszawie", "в Києві", "στην Αθήνα", "din Cluj". */
const PLACE_WORDS = new Set(
  'in at from near to w we z ze do koło у в во з із из до біля около στην στη στο στον από σε aus nach bei im din în la lângă city miasto mieście miasta місто місті міста город городе города πόλη stadt oraș'.split(
    ' ',
  ),
);

/** Words before a name: "my name is", "jestem", "меня зовут", "мене звати", "με λένε", "ich bin". */
const NAME_WORDS = new Set(
  "i'm im am is name called jestem mam imię na imię звати зовут звуть я ich bin heiße heisse sunt mă numesc numele λένε είμαι λέγομαι ονομάζομαι me llamo soy mi chiamo sono je suis m'appelle".split(
    ' ',
  ),
);

function lower(token: DisplayToken | undefined): string {
  return token ? token.text.toLowerCase() : '';
}

function digitCount(value: string): number {
  let n = 0;
  for (const ch of value) if (ch >= '0' && ch <= '9') n++;
  return n;
}

function startsUpper(value: string): boolean {
  const first = value.trim().charAt(0);
  return first !== '' && first !== first.toLowerCase() && first === first.toUpperCase();
}

/**
 * Label a slot from its `values`, its kind, and the fixed tokens just before and after it.
 */
export function labelSlot(
  values: string[],
  kind: DisplayToken['kind'],
  before: DisplayToken[],
  after: DisplayToken[],
): SlotLabel {
  const near = [...before.slice(-2), ...after.slice(0, 2)].map(lower);
  if (kind === 'number') {
    const digits = Math.max(...values.map(digitCount));
    if (digits >= 7 || values.some((v) => v.trim().startsWith('+'))) return 'phone';
    if (near.some((w) => CURRENCY.has(w))) return 'price';
    if (digits <= 2 && near.some((w) => AGE_WORDS.has(w))) return 'age';
    return 'number';
  }
  if (kind === 'emoji') return 'emoji';
  const prev = before.filter((t) => t.kind === 'word').map(lower);
  const last = prev[prev.length - 1] ?? '';
  const capitalised = values.filter(startsUpper).length >= values.length / 2;
  if (capitalised && PLACE_WORDS.has(last)) return 'city';
  if (capitalised && (NAME_WORDS.has(last) || values.every((v) => !v.includes(' ')))) return 'name';
  return '…';
}
