import { describeLanguage } from './describe-language.ts';

describeLanguage(
  'sk',
  [
    {
      text: 'Práca v zahraničí len pre ženy od 18 do 25 rokov. Bez skúseností, vysoký zárobok, ubytovanie zadarmo a cestu preplácame. Utečenky z Ukrajiny vítané. Píšte na WhatsApp.',
      ids: [
        'sk.deceptive.abroad',
        'sk.deceptive.women_only',
        'sk.deceptive.easy_money',
        'sk.vulnerability.refugee',
        'sk.contact.obscured',
      ],
      kind: 'recruitment',
      minScore: 75,
    },
    {
      text: 'Cestu ti strhneme zo mzdy, pas zostáva u zamestnávateľa. Pracuje sa 7 dní v týždni, bez zmluvy.',
      ids: ['sk.control.documents', 'sk.conditions.hours'],
      minScore: 45,
    },
    {
      text: 'Nová v meste, mladučká študentka, skutočné fotky, diskrétne. Privát, u mňa alebo u teba. Len SMS.',
      ids: ['sk.youth.young', 'sk.trust.real', 'sk.sex.escort', 'sk.contact.obscured'],
      kind: 'commercial_sex',
      minScore: 65,
    },
  ],
  [
    {
      text: 'Hľadáme skladníka do skladu v Trnave. Ponúkame pracovnú zmluvu na dobu neurčitú, mzda 1200 eur, stravné lístky. Pošlite životopis.',
      maxScore: 15,
      absent: ['sk.deceptive.', 'sk.sex.'],
    },
    {
      text: 'Červený kríž poskytuje bezplatnú právnu pomoc utečencom z Ukrajiny. Pozor na falošné ponuky práce, nikdy nedávajte pas cudzím ľuďom. Národná linka pre obete obchodovania s ľuďmi.',
      maxScore: 20,
    },
  ],
);
