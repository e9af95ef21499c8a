import { describeLanguage } from './describe-language.ts';

describeLanguage(
  'nl',
  [
    {
      text: 'Werk in het buitenland, alleen voor vrouwen tussen 18 en 25! Zonder ervaring, hoog salaris. Gratis huisvesting, wij betalen de reis. Oekraïense vluchtelingen welkom. Stuur een app.',
      ids: [
        'nl.deceptive.abroad',
        'nl.deceptive.women_only',
        'nl.deceptive.easy_money',
        'nl.vulnerability.refugee',
        'nl.contact.obscured',
      ],
      kind: 'recruitment',
      minScore: 75,
    },
    {
      text: 'De reiskosten worden ingehouden op je loon en wij bewaren je paspoort. Werken 7 dagen per week, geen contract.',
      ids: ['nl.coercive.debt', 'nl.control.documents', 'nl.conditions.hours'],
      minScore: 60,
    },
    {
      text: 'Nieuw in de stad! Jonge meiden, echte foto s, discreet. Privé ontvangst en hotelbezoek. Nieuwe dames elke week.',
      ids: ['nl.youth.young', 'nl.trust.real', 'nl.sex.escort', 'nl.third.manager'],
      kind: 'commercial_sex',
      minScore: 65,
    },
  ],
  [
    {
      text: 'Wij zoeken een fulltime magazijnmedewerker in Utrecht. Vast contract, salaris volgens cao, reiskostenvergoeding. Solliciteer nu via onze website.',
      maxScore: 15,
      absent: ['nl.deceptive.', 'nl.sex.'],
    },
    {
      text: 'Vluchtelingenwerk biedt gevluchte Oekraïners gratis juridisch advies. Pas op voor nepvacatures en geef nooit je paspoort af. Vermoedt u mensenhandel? Bel het meldpunt.',
      maxScore: 20,
    },
  ],
);
