import { describeLanguage } from './describe-language.ts';

describeLanguage(
  'fi',
  [
    {
      text: 'Töitä ulkomailla vain naisille, tytöt 18-25 vuotta. Ei kokemusta tarvita, korkea palkka, ilmainen majoitus ja maksamme lennot. Pakolaiset Ukrainasta tervetulleita. Laita viestiä WhatsAppiin.',
      ids: [
        'fi.deceptive.abroad',
        'fi.deceptive.women_only',
        'fi.deceptive.easy_money',
        'fi.vulnerability.refugee',
        'fi.contact.obscured',
      ],
      kind: 'recruitment',
      minScore: 75,
    },
    {
      text: 'Matkakulut vähennetään palkasta ja pidämme passisi. Työtä 7 päivää viikossa ilman sopimusta.',
      ids: ['fi.coercive.debt', 'fi.control.documents', 'fi.conditions.hours'],
      minScore: 60,
    },
    {
      text: 'Uusi kaupungissa, nuori tyttö, aidot kuvat, hienotunteisesti. Seksipalvelut, vastaanotan tai tulen luoksesi. Vain tekstiviestit.',
      ids: ['fi.youth.young', 'fi.trust.real', 'fi.sex.escort', 'fi.contact.obscured'],
      kind: 'commercial_sex',
      minScore: 65,
    },
  ],
  [
    {
      text: 'Haemme varastotyöntekijää kokoaikaiseen työsuhteeseen Tampereelle. Palkka työehtosopimuksen mukaan, vakituinen työpaikka. Lähetä hakemus viimeistään perjantaina.',
      maxScore: 15,
      absent: ['fi.deceptive.', 'fi.sex.'],
    },
    {
      text: 'Punainen Risti tarjoaa maksutonta oikeusapua Ukrainasta tulleille pakolaisille. Varo vääriä työtarjouksia äläkä koskaan anna passiasi kenellekään. Ihmiskaupan uhrien auttamisjärjestelmä auttaa.',
      maxScore: 20,
    },
  ],
);
