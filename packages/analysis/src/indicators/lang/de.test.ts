import { describeLanguage } from './describe-language.ts';

describeLanguage(
  'de',
  [
    {
      text: 'Damen gesucht! Nur für Frauen zwischen 18 und 25, ohne Erfahrung, hoher Verdienst. Kostenlose Unterkunft, Reisekosten werden übernommen. Flüchtlinge aus der Ukraine willkommen. Schreib mir auf Telegram.',
      ids: [
        'de.deceptive.women_only',
        'de.deceptive.easy_money',
        'de.deceptive.abroad',
        'de.vulnerability.refugee',
        'de.contact.obscured',
      ],
      kind: 'recruitment',
      minScore: 75,
    },
    {
      text: 'Die Fahrtkosten werden vom Lohn abgezogen, der Pass wird einbehalten. Arbeit 7 Tage die Woche, kein Vertrag.',
      ids: ['de.coercive.debt', 'de.control.documents', 'de.conditions.hours'],
      minScore: 60,
    },
    {
      text: 'Neu in der Stadt! Junges Mädchen, echte Fotos, diskret. Besuchbar und Haus- und Hotelbesuche, AO, Taschengeld. Neue Mädchen jede Woche.',
      ids: [
        'de.youth.young',
        'de.trust.real',
        'de.sex.escort',
        'de.third.manager',
        'de.movement.new_in_town',
      ],
      kind: 'commercial_sex',
      minScore: 70,
    },
  ],
  [
    {
      text: 'Wir suchen eine Pflegefachkraft in Vollzeit für unser Seniorenheim in Hamburg. Unbefristeter Arbeitsvertrag, Gehalt nach Tarif, 30 Tage Urlaub. Jetzt bewerben!',
      maxScore: 15,
      absent: ['de.deceptive.', 'de.sex.'],
    },
    {
      text: 'Die Beratungsstelle bietet Geflüchteten aus der Ukraine kostenlose Rechtsberatung. Vorsicht vor falschen Jobangeboten! Geben Sie niemals Ihren Pass ab. Hilfetelefon gegen Menschenhandel.',
      maxScore: 20,
    },
  ],
);
