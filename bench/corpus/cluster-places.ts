/**
 * Place names as each language writes them (en|pl|uk|ru|el|de|ro), so a lure translated by its
 * operator names the same city: "Kyiv" in English, "Київ" in Ukrainian, "Киев" in Russian,
 * "Kijów" in Polish. Keyed by the name in the home language's city list of cluster-phrases.ts.
 */
const TABLE = `
London|Londyn|Лондон|Лондон|Λονδίνο|London|Londra
Manchester|Manchester|Манчестер|Манчестер|Μάντσεστερ|Manchester|Manchester
Leeds|Leeds|Лідс|Лидс|Λιντς|Leeds|Leeds
Bristol|Bristol|Бристоль|Бристоль|Μπρίστολ|Bristol|Bristol
Dublin|Dublin|Дублін|Дублин|Δουβλίνο|Dublin|Dublin
Glasgow|Glasgow|Глазго|Глазго|Γλασκώβη|Glasgow|Glasgow
Liverpool|Liverpool|Ліверпуль|Ливерпуль|Λίβερπουλ|Liverpool|Liverpool
Warsaw|Warszawa|Варшава|Варшава|Βαρσοβία|Warschau|Varșovia
Krakow|Kraków|Краків|Краков|Κρακοβία|Krakau|Cracovia
Wroclaw|Wrocław|Вроцлав|Вроцлав|Βρότσλαβ|Breslau|Wrocław
Gdansk|Gdańsk|Гданськ|Гданьск|Γκντανσκ|Danzig|Gdańsk
Poznan|Poznań|Познань|Познань|Πόζναν|Posen|Poznań
Lodz|Łódź|Лодзь|Лодзь|Λοτζ|Lodz|Łódź
Katowice|Katowice|Катовіце|Катовице|Κατοβίτσε|Kattowitz|Katowice
Kyiv|Kijów|Київ|Киев|Κίεβο|Kiew|Kiev
Lviv|Lwów|Львів|Львов|Λβιβ|Lemberg|Liov
Odesa|Odessa|Одеса|Одесса|Οδησσός|Odessa|Odesa
Kharkiv|Charków|Харків|Харьков|Χάρκοβο|Charkiw|Harkov
Dnipro|Dniepr|Дніпро|Днепр|Ντνίπρο|Dnipro|Nipro
Berlin|Berlin|Берлін|Берлин|Βερολίνο|Berlin|Berlin
Athens|Ateny|Афіни|Афины|Αθήνα|Athen|Atena
Thessaloniki|Saloniki|Салоніки|Салоники|Θεσσαλονίκη|Thessaloniki|Salonic
Patras|Patras|Патри|Патры|Πάτρα|Patras|Patras
Heraklion|Heraklion|Іракліон|Ираклион|Ηράκλειο|Heraklion|Heraklion
Larissa|Larisa|Лариса|Лариса|Λάρισα|Larisa|Larisa
Volos|Wolos|Волос|Волос|Βόλος|Volos|Volos
Rhodes|Rodos|Родос|Родос|Ρόδος|Rhodos|Rodos
Hamburg|Hamburg|Гамбург|Гамбург|Αμβούργο|Hamburg|Hamburg
Munich|Monachium|Мюнхен|Мюнхен|Μόναχο|München|München
Cologne|Kolonia|Кельн|Кёльн|Κολωνία|Köln|Köln
Frankfurt|Frankfurt|Франкфурт|Франкфурт|Φρανκφούρτη|Frankfurt|Frankfurt
Stuttgart|Stuttgart|Штутгарт|Штутгарт|Στουτγάρδη|Stuttgart|Stuttgart
Dusseldorf|Düsseldorf|Дюссельдорф|Дюссельдорф|Ντίσελντορφ|Düsseldorf|Düsseldorf
Bucharest|Bukareszt|Бухарест|Бухарест|Βουκουρέστι|Bukarest|București
Cluj|Kluż|Клуж|Клуж|Κλουζ|Klausenburg|Cluj
Iasi|Jassy|Ясси|Яссы|Ιάσιο|Jassy|Iași
Timisoara|Timisoara|Тімішоара|Тимишоара|Τιμισοάρα|Temeswar|Timișoara
Constanta|Konstanca|Констанца|Констанца|Κωνστάντζα|Konstanza|Constanța
Brasov|Braszów|Брашов|Брашов|Μπρασόβ|Kronstadt|Brașov
Craiova|Krajowa|Крайова|Крайова|Κραϊόβα|Craiova|Craiova
`;

const LANGS = ['en', 'pl', 'uk', 'ru', 'el', 'de', 'ro'];
const ROWS = TABLE.trim()
  .split('\n')
  .map((line) => line.split('|'));

/** The name of `city` (as written in `fromLang`) in `toLang`; the city itself when unknown. */
export function placeName(city: string, fromLang: string, toLang: string): string {
  const from = LANGS.indexOf(fromLang);
  const to = LANGS.indexOf(toLang);
  if (from < 0 || to < 0) return city;
  const row = ROWS.find((r) => r[from] === city);
  return row?.[to] ?? city;
}
