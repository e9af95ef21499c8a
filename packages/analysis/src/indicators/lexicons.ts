import da from '../../lexicons/da.json' with { type: 'json' };
import de from '../../lexicons/de.json' with { type: 'json' };
import el from '../../lexicons/el.json' with { type: 'json' };
import en from '../../lexicons/en.json' with { type: 'json' };
import es from '../../lexicons/es.json' with { type: 'json' };
import fi from '../../lexicons/fi.json' with { type: 'json' };
import fr from '../../lexicons/fr.json' with { type: 'json' };
import hu from '../../lexicons/hu.json' with { type: 'json' };
import lt from '../../lexicons/lt.json' with { type: 'json' };
import nl from '../../lexicons/nl.json' with { type: 'json' };
import pl from '../../lexicons/pl.json' with { type: 'json' };
import pt from '../../lexicons/pt.json' with { type: 'json' };
import ro from '../../lexicons/ro.json' with { type: 'json' };
import ru from '../../lexicons/ru.json' with { type: 'json' };
import sk from '../../lexicons/sk.json' with { type: 'json' };
import sl from '../../lexicons/sl.json' with { type: 'json' };
import sq from '../../lexicons/sq.json' with { type: 'json' };
import sv from '../../lexicons/sv.json' with { type: 'json' };
import uk from '../../lexicons/uk.json' with { type: 'json' };
import { type Lexicon, validateLexicon } from './lexicon-schema.ts';

/**
 * The lexicon data files, imported statically (bundled into the module graph: no file I/O at
 * run time) and validated once at import so a malformed file fails loudly, naming file and id.
 */
const RAW: Record<string, unknown> = {
  da,
  de,
  el,
  en,
  es,
  fi,
  fr,
  hu,
  lt,
  nl,
  pl,
  pt,
  ro,
  ru,
  sk,
  sl,
  sq,
  sv,
  uk,
};

export const LEXICONS: readonly Lexicon[] = Object.entries(RAW).map(([lang, data]) =>
  validateLexicon(data, `${lang}.json`),
);
