import { describeLanguage } from './describe-language.ts';

describeLanguage(
  'da',
  [
    {
      text: 'Arbejde i udlandet, kun for kvinder mellem 18 og 25 år. Ingen erfaring påkrævet, høj løn, gratis bolig og vi betaler rejsen. Flygtninge fra Ukraine er velkomne. Skriv på WhatsApp.',
      ids: [
        'da.deceptive.abroad',
        'da.deceptive.women_only',
        'da.deceptive.easy_money',
        'da.vulnerability.refugee',
        'da.contact.obscured',
      ],
      kind: 'recruitment',
      minScore: 75,
    },
    {
      text: 'Rejsen trækkes fra din løn, og vi beholder dit pas. Du arbejder 7 dage om ugen, uden kontrakt.',
      ids: ['da.coercive.debt', 'da.control.documents', 'da.conditions.hours'],
      minScore: 60,
    },
    {
      text: 'Ny i byen, ung pige med ægte billeder, altid diskret. Privat adresse eller udekørende. Kun sms.',
      ids: ['da.youth.young', 'da.trust.real', 'da.sex.escort', 'da.contact.obscured'],
      kind: 'commercial_sex',
      minScore: 65,
    },
  ],
  [
    {
      text: 'Vi søger en lagermedarbejder på fuldtid til vores lager i Vejle. Fast stilling, løn efter overenskomst og pension. Send din ansøgning i dag.',
      maxScore: 15,
      absent: ['da.deceptive.', 'da.sex.'],
    },
    {
      text: 'Røde Kors tilbyder gratis juridisk rådgivning til flygtninge fra Ukraine. Pas på falske jobopslag og giv aldrig dit pas til andre. Kontakt Center mod Menneskehandel.',
      maxScore: 20,
    },
  ],
);
