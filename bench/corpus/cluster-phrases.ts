/**
 * Synthetic lure phrases for the cluster benchmark corpus, by language. Six sentence types, each
 * made of two halves with three variants; the same (type, half, variant) is the same phrase in
 * every language, so an operator's lure can be "translated". Slots: {name} {age} {city} {price}
 * {phone} {handle}. Written for this benchmark; no real ads, no real people.
 */
export type Phrases = [string, string, string][][];

export interface LanguagePack {
  lang: string;
  country: string;
  currency: string;
  names: string[];
  cities: string[];
  /** [type][half] -> three variants */
  phrases: Phrases;
  /** Ordinary words for unrelated classified ads. */
  words: string[];
}

const en: LanguagePack = {
  lang: 'en',
  country: 'GB',
  currency: 'EUR',
  names: ['Anna', 'Maria', 'Sophie', 'Emily', 'Lucy', 'Chloe', 'Jessica', 'Olivia', 'Grace', 'Mia'],
  cities: ['London', 'Manchester', 'Leeds', 'Bristol', 'Dublin', 'Glasgow', 'Liverpool'],
  phrases: [
    [
      ['Hi, I am {name}', 'Hello, my name is {name}', 'Hey, this is {name}'],
      ['{age} years old', 'young and sweet, {age} years', 'a girl of {age} years'],
    ],
    [
      ['new in {city}', 'just arrived in {city}', 'now staying in {city}'],
      ['for a few days only', 'available day and night', 'waiting for you this week'],
    ],
    [
      ['we offer well paid work for girls', 'looking for a generous gentleman', 'job for young women abroad'],
      ['{price} {cur} per hour', 'from {price} {cur}', 'pay {price} {cur} per day'],
    ],
    [
      ['travel and flat are paid', 'no experience needed', 'visa and documents arranged'],
      ['everything is discreet', 'quick start possible', 'we help with everything'],
    ],
    [
      ['real photos only', 'safe and trusted agency', 'no fake, I am real'],
      ['do not miss it', 'only serious offers', 'you will not regret it'],
    ],
    [
      ['call or WhatsApp {phone}', 'write to me at {phone}', 'contact me now {phone}'],
      ['Telegram {handle}', 'also on Telegram {handle}', 'message me on Telegram {handle}'],
    ],
  ],
  words:
    'sale bike sofa garden table chair used new cheap oak lamp kitchen flat rent room car tyres winter coat boots phone laptop repair service plumber lessons piano english math tutor dog puppy cat food fresh eggs honey wood delivery moving van help offered wanted swap free pickup only condition good excellent price negotiable call evening weekend'.split(
      ' ',
    ),
};

const pl: LanguagePack = {
  lang: 'pl',
  country: 'PL',
  currency: 'zł',
  names: ['Kasia', 'Ania', 'Magda', 'Ola', 'Natalia', 'Zuzia', 'Monika', 'Ewa', 'Paulina', 'Julia'],
  cities: ['Warszawa', 'Kraków', 'Wrocław', 'Gdańsk', 'Poznań', 'Łódź', 'Katowice'],
  phrases: [
    [
      ['Cześć, jestem {name}', 'Hej, mam na imię {name}', 'Witaj, tu {name}'],
      ['mam {age} lat', 'młoda i słodka, {age} lat', 'dziewczyna, {age} lat'],
    ],
    [
      ['nowa w mieście {city}', 'właśnie przyjechałam do miasta {city}', 'teraz mieszkam w mieście {city}'],
      ['tylko na kilka dni', 'dostępna dzień i noc', 'czekam na ciebie w tym tygodniu'],
    ],
    [
      [
        'oferujemy dobrze płatną pracę dla dziewczyn',
        'szukam hojnego dżentelmena',
        'praca dla młodych kobiet za granicą',
      ],
      ['{price} {cur} za godzinę', 'od {price} {cur}', 'płaca {price} {cur} dziennie'],
    ],
    [
      ['podróż i mieszkanie opłacone', 'doświadczenie niepotrzebne', 'wiza i dokumenty załatwione'],
      ['wszystko dyskretnie', 'szybki start możliwy', 'pomagamy we wszystkim'],
    ],
    [
      ['tylko prawdziwe zdjęcia', 'bezpieczna i zaufana agencja', 'bez oszustwa, jestem prawdziwa'],
      ['nie przegap', 'tylko poważne oferty', 'nie pożałujesz'],
    ],
    [
      ['zadzwoń lub WhatsApp {phone}', 'napisz do mnie {phone}', 'kontakt teraz {phone}'],
      ['Telegram {handle}', 'też na Telegramie {handle}', 'napisz na Telegramie {handle}'],
    ],
  ],
  words:
    'sprzedam rower sofa ogród stół krzesło używany nowy tani dębowy lampa kuchnia mieszkanie wynajem pokój samochód opony zimowe płaszcz buty telefon laptop naprawa usługi hydraulik lekcje pianino angielski matematyka korepetycje pies szczeniak kot karma świeże jajka miód drewno dostawa przeprowadzki pomoc oddam zamienię odbiór osobisty stan dobry cena do negocjacji wieczorem weekend'.split(
      ' ',
    ),
};

const uk: LanguagePack = {
  lang: 'uk',
  country: 'UA',
  currency: 'грн',
  names: ['Олена', 'Марія', 'Ірина', 'Оксана', 'Наталія', 'Юлія', 'Катерина', 'Софія', 'Дарина', 'Вікторія'],
  cities: ['Київ', 'Львів', 'Одеса', 'Харків', 'Дніпро', 'Варшава', 'Берлін'],
  phrases: [
    [
      ['Привіт, я {name}', 'Вітаю, мене звати {name}', 'Привіт, це {name}'],
      ['мені {age} років', 'молода і мила, {age} років', 'дівчина, {age} років'],
    ],
    [
      ['нова у місті {city}', 'щойно приїхала до міста {city}', 'зараз живу в місті {city}'],
      ['лише на кілька днів', 'доступна вдень і вночі', 'чекаю на тебе цього тижня'],
    ],
    [
      [
        'пропонуємо добре оплачувану роботу для дівчат',
        'шукаю щедрого джентльмена',
        'робота для молодих жінок за кордоном',
      ],
      ['{price} {cur} за годину', 'від {price} {cur}', 'оплата {price} {cur} на день'],
    ],
    [
      ['дорога і житло оплачені', 'досвід не потрібен', 'віза і документи оформлені'],
      ['все конфіденційно', 'швидкий старт можливий', 'допомагаємо з усім'],
    ],
    [
      ['тільки справжні фото', 'безпечна і надійна агенція', 'без обману, я справжня'],
      ['не пропусти', 'тільки серйозні пропозиції', 'не пошкодуєш'],
    ],
    [
      ['дзвони або WhatsApp {phone}', 'пиши мені {phone}', 'контакт зараз {phone}'],
      ['Telegram {handle}', 'також у Telegram {handle}', 'пиши в Telegram {handle}'],
    ],
  ],
  words:
    'продам велосипед диван сад стіл стілець вживаний новий дешевий дубовий лампа кухня квартира оренда кімната автомобіль шини зимові пальто чоботи телефон ноутбук ремонт послуги сантехнік уроки піаніно англійська математика репетитор собака цуценя кіт корм свіжі яйця мед дрова доставка переїзд допомога віддам обміняю самовивіз стан добрий ціна договірна ввечері вихідні'.split(
      ' ',
    ),
};

const ru: LanguagePack = {
  lang: 'ru',
  country: 'UA',
  currency: 'грн',
  names: ['Елена', 'Мария', 'Ирина', 'Оксана', 'Наталья', 'Юлия', 'Екатерина', 'София', 'Дарья', 'Виктория'],
  cities: ['Киев', 'Львов', 'Одесса', 'Харьков', 'Днепр', 'Варшава', 'Берлин'],
  phrases: [
    [
      ['Привет, я {name}', 'Здравствуйте, меня зовут {name}', 'Привет, это {name}'],
      ['мне {age} лет', 'молодая и милая, {age} лет', 'девушка, {age} лет'],
    ],
    [
      ['новенькая в городе {city}', 'только приехала в город {city}', 'сейчас живу в городе {city}'],
      ['только на несколько дней', 'доступна днём и ночью', 'жду тебя на этой неделе'],
    ],
    [
      [
        'предлагаем хорошо оплачиваемую работу для девушек',
        'ищу щедрого джентльмена',
        'работа для молодых женщин за границей',
      ],
      ['{price} {cur} в час', 'от {price} {cur}', 'оплата {price} {cur} в день'],
    ],
    [
      ['дорога и жильё оплачены', 'опыт не нужен', 'виза и документы оформлены'],
      ['всё конфиденциально', 'быстрый старт возможен', 'помогаем во всём'],
    ],
    [
      ['только настоящие фото', 'безопасное и надёжное агентство', 'без обмана, я настоящая'],
      ['не пропусти', 'только серьёзные предложения', 'не пожалеешь'],
    ],
    [
      ['звони или WhatsApp {phone}', 'пиши мне {phone}', 'контакт сейчас {phone}'],
      ['Telegram {handle}', 'также в Telegram {handle}', 'пиши в Telegram {handle}'],
    ],
  ],
  words:
    'продам велосипед диван сад стол стул б/у новый дешёвый дубовый лампа кухня квартира аренда комната автомобиль шины зимние пальто сапоги телефон ноутбук ремонт услуги сантехник уроки пианино английский математика репетитор собака щенок кот корм свежие яйца мёд дрова доставка переезд помощь отдам обменяю самовывоз состояние хорошее цена договорная вечером выходные'.split(
      ' ',
    ),
};

const el: LanguagePack = {
  lang: 'el',
  country: 'GR',
  currency: 'ευρώ',
  names: ['Ελένη', 'Μαρία', 'Σοφία', 'Κατερίνα', 'Γεωργία', 'Δήμητρα', 'Χριστίνα', 'Άννα', 'Ειρήνη', 'Νίκη'],
  cities: ['Αθήνα', 'Θεσσαλονίκη', 'Πάτρα', 'Ηράκλειο', 'Λάρισα', 'Βόλος', 'Ρόδος'],
  phrases: [
    [
      ['Γεια, είμαι η {name}', 'Γεια σας, με λένε {name}', 'Γεια, εδώ η {name}'],
      ['{age} ετών', 'νέα και γλυκιά, {age} ετών', 'κοπέλα {age} ετών'],
    ],
    [
      ['καινούργια στην πόλη {city}', 'μόλις ήρθα στην πόλη {city}', 'τώρα μένω στην πόλη {city}'],
      ['μόνο για λίγες μέρες', 'διαθέσιμη μέρα και νύχτα', 'σε περιμένω αυτή την εβδομάδα'],
    ],
    [
      [
        'προσφέρουμε καλοπληρωμένη δουλειά για κοπέλες',
        'ψάχνω γενναιόδωρο κύριο',
        'δουλειά για νέες γυναίκες στο εξωτερικό',
      ],
      ['{price} {cur} την ώρα', 'από {price} {cur}', 'πληρωμή {price} {cur} τη μέρα'],
    ],
    [
      ['ταξίδι και διαμέρισμα πληρωμένα', 'δεν χρειάζεται εμπειρία', 'βίζα και έγγραφα κανονισμένα'],
      ['όλα διακριτικά', 'γρήγορη έναρξη', 'βοηθάμε σε όλα'],
    ],
    [
      ['μόνο αληθινές φωτογραφίες', 'ασφαλές και αξιόπιστο γραφείο', 'χωρίς απάτη, είμαι αληθινή'],
      ['μην το χάσεις', 'μόνο σοβαρές προτάσεις', 'δεν θα το μετανιώσεις'],
    ],
    [
      ['τηλεφώνησε ή WhatsApp {phone}', 'γράψε μου στο {phone}', 'επικοινωνία τώρα {phone}'],
      ['Telegram {handle}', 'και στο Telegram {handle}', 'στείλε μου στο Telegram {handle}'],
    ],
  ],
  words:
    'πωλείται ποδήλατο καναπές κήπος τραπέζι καρέκλα μεταχειρισμένο καινούργιο φθηνό δρύινο λάμπα κουζίνα διαμέρισμα ενοικίαση δωμάτιο αυτοκίνητο λάστιχα χειμερινά παλτό μπότες τηλέφωνο λάπτοπ επισκευή υπηρεσίες υδραυλικός μαθήματα πιάνο αγγλικά μαθηματικά δάσκαλος σκύλος κουτάβι γάτα τροφή φρέσκα αυγά μέλι ξύλα παράδοση μετακόμιση βοήθεια χαρίζεται ανταλλαγή παραλαβή κατάσταση καλή τιμή συζητήσιμη βράδυ σαββατοκύριακο'.split(
      ' ',
    ),
};

const de: LanguagePack = {
  lang: 'de',
  country: 'DE',
  currency: 'Euro',
  names: ['Anna', 'Lena', 'Laura', 'Lisa', 'Julia', 'Sarah', 'Lea', 'Nina', 'Jana', 'Sophie'],
  cities: ['Berlin', 'Hamburg', 'München', 'Köln', 'Frankfurt', 'Stuttgart', 'Düsseldorf'],
  phrases: [
    [
      ['Hallo, ich bin {name}', 'Hi, mein Name ist {name}', 'Hey, hier ist {name}'],
      ['{age} Jahre alt', 'jung und süß, {age} Jahre', 'ein Mädchen mit {age} Jahren'],
    ],
    [
      ['neu in {city}', 'gerade angekommen in {city}', 'wohne jetzt in {city}'],
      ['nur für ein paar Tage', 'Tag und Nacht erreichbar', 'warte diese Woche auf dich'],
    ],
    [
      [
        'wir bieten gut bezahlte Arbeit für Mädchen',
        'suche einen großzügigen Herrn',
        'Job für junge Frauen im Ausland',
      ],
      ['{price} {cur} pro Stunde', 'ab {price} {cur}', 'Lohn {price} {cur} pro Tag'],
    ],
    [
      ['Reise und Wohnung bezahlt', 'keine Erfahrung nötig', 'Visum und Papiere erledigt'],
      ['alles diskret', 'schneller Start möglich', 'wir helfen bei allem'],
    ],
    [
      ['nur echte Fotos', 'sichere und seriöse Agentur', 'kein Fake, ich bin echt'],
      ['verpass es nicht', 'nur ernste Angebote', 'du wirst es nicht bereuen'],
    ],
    [
      ['ruf an oder WhatsApp {phone}', 'schreib mir unter {phone}', 'Kontakt jetzt {phone}'],
      ['Telegram {handle}', 'auch auf Telegram {handle}', 'schreib mir auf Telegram {handle}'],
    ],
  ],
  words:
    'verkaufe Fahrrad Sofa Garten Tisch Stuhl gebraucht neu billig Eiche Lampe Küche Wohnung Miete Zimmer Auto Reifen Winter Mantel Stiefel Handy Laptop Reparatur Service Klempner Unterricht Klavier Englisch Mathe Nachhilfe Hund Welpe Katze Futter frische Eier Honig Holz Lieferung Umzug Hilfe verschenke tausche Abholung Zustand gut Preis verhandelbar abends Wochenende'.split(
      ' ',
    ),
};

const ro: LanguagePack = {
  lang: 'ro',
  country: 'RO',
  currency: 'lei',
  names: [
    'Ioana',
    'Maria',
    'Elena',
    'Andreea',
    'Alexandra',
    'Bianca',
    'Diana',
    'Cristina',
    'Roxana',
    'Denisa',
  ],
  cities: ['București', 'Cluj', 'Iași', 'Timișoara', 'Constanța', 'Brașov', 'Craiova'],
  phrases: [
    [
      ['Bună, sunt {name}', 'Salut, numele meu este {name}', 'Hei, aici e {name}'],
      ['am {age} ani', 'tânără și dulce, {age} ani', 'o fată de {age} ani'],
    ],
    [
      ['nouă în {city}', 'tocmai am ajuns în {city}', 'acum stau în {city}'],
      ['doar pentru câteva zile', 'disponibilă zi și noapte', 'te aștept săptămâna asta'],
    ],
    [
      [
        'oferim muncă bine plătită pentru fete',
        'caut un domn generos',
        'loc de muncă pentru femei tinere în străinătate',
      ],
      ['{price} {cur} pe oră', 'de la {price} {cur}', 'plata {price} {cur} pe zi'],
    ],
    [
      ['drumul și locuința plătite', 'nu este nevoie de experiență', 'viza și actele rezolvate'],
      ['totul discret', 'început rapid posibil', 'te ajutăm cu tot'],
    ],
    [
      ['doar poze reale', 'agenție sigură și de încredere', 'fără țeapă, sunt reală'],
      ['nu rata', 'doar oferte serioase', 'nu vei regreta'],
    ],
    [
      ['sună sau WhatsApp {phone}', 'scrie-mi la {phone}', 'contact acum {phone}'],
      ['Telegram {handle}', 'și pe Telegram {handle}', 'scrie-mi pe Telegram {handle}'],
    ],
  ],
  words:
    'vând bicicletă canapea grădină masă scaun folosit nou ieftin stejar lampă bucătărie apartament chirie cameră mașină anvelope iarnă palton cizme telefon laptop reparații servicii instalator lecții pian engleză matematică meditații câine cățel pisică hrană ouă proaspete miere lemne livrare mutare ajutor donez schimb ridicare stare bună preț negociabil seara weekend'.split(
      ' ',
    ),
};

export const LANGUAGE_PACKS: LanguagePack[] = [en, pl, uk, ru, el, de, ro];

/** Languages an operator translates one lure into: Ukrainian with Russian, Polish with English, and so on. */
export const TRANSLATION_PAIRS: Record<string, string[]> = {
  en: ['pl', 'de', 'ro'],
  pl: ['en', 'uk'],
  uk: ['ru', 'pl'],
  ru: ['uk'],
  el: ['en'],
  de: ['en', 'pl'],
  ro: ['en', 'de'],
};

export const EMOJI = ['💋', '🔥', '❤️', '🌸', '✨', '😘', '💎', '🌹', '🥂', '💰', '✈️', '🏠'];
