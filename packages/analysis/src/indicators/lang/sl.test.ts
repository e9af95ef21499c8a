import { describeLanguage } from './describe-language.ts';

describeLanguage(
  'sl',
  [
    {
      text: 'Delo v tujini samo za dekleta od 18 do 25 let. Brez izkušenj, visoka plača, brezplačna nastanitev in plačamo prevoz. Begunke iz Ukrajine dobrodošle. Piši na WhatsApp.',
      ids: [
        'sl.deceptive.abroad',
        'sl.deceptive.women_only',
        'sl.deceptive.easy_money',
        'sl.vulnerability.refugee',
        'sl.contact.obscured',
      ],
      kind: 'recruitment',
      minScore: 75,
    },
    {
      text: 'Stroški poti se odtegnejo od plače, potni list hranimo mi. Delo 7 dni v tednu, brez pogodbe.',
      ids: ['sl.coercive.debt', 'sl.control.documents', 'sl.conditions.hours'],
      minScore: 60,
    },
    {
      text: 'Nova v mestu, mlado dekle, prave slike, popolnoma diskretno. Pri meni ali pri tebi, seks za denar. Samo sms.',
      ids: ['sl.youth.young', 'sl.trust.real', 'sl.sex.escort', 'sl.contact.obscured'],
      kind: 'commercial_sex',
      minScore: 65,
    },
  ],
  [
    {
      text: 'Zaposlimo skladiščnika v Celju. Nudimo pogodbo za nedoločen čas, plača po kolektivni pogodbi, malica. Prijave zbiramo do petka.',
      maxScore: 15,
      absent: ['sl.deceptive.', 'sl.sex.'],
    },
    {
      text: 'Rdeči križ nudi brezplačna pravna pomoč beguncem iz Ukrajine. Pazite se lažnih oglasov za delo in nikoli ne dajte potnega lista. Če ste žrtev trgovine z ljudmi, pokličite svetovalna linija.',
      maxScore: 20,
    },
  ],
);
