import { describeLanguage } from './describe-language.ts';

describeLanguage(
  'hu',
  [
    {
      text: 'Külföldi munka csak hölgyeknek 18 és 25 év között! Tapasztalat nem szükséges, magas kereset, ingyenes szállás és az útiköltséget fizetjük. Ukrajnából menekült nőket is várunk. Írj WhatsAppon.',
      ids: [
        'hu.deceptive.abroad',
        'hu.deceptive.women_only',
        'hu.deceptive.easy_money',
        'hu.vulnerability.refugee',
        'hu.contact.obscured',
      ],
      kind: 'recruitment',
      minScore: 75,
    },
    {
      text: 'Az utazás költségét levonjuk a fizetésből, az útlevelet megtartjuk. Heti 7 nap munka, szerződés nélkül.',
      ids: ['hu.coercive.debt', 'hu.control.documents', 'hu.conditions.hours'],
      minScore: 60,
    },
    {
      text: 'Új a városban, fiatal lány, valódi képek, teljes diszkréció. Lakásomon vagy hotelbe is megyek. Csak SMS.',
      ids: ['hu.youth.young', 'hu.trust.real', 'hu.sex.escort', 'hu.contact.obscured'],
      kind: 'commercial_sex',
      minScore: 65,
    },
  ],
  [
    {
      text: 'Raktári munkatársat keresünk győri telephelyünkre. Határozatlan idejű szerződés, versenyképes fizetés, cafeteria. Jelentkezz önéletrajzzal!',
      maxScore: 15,
      absent: ['hu.deceptive.', 'hu.sex.'],
    },
    {
      text: 'Ingyenes jogi segítség az Ukrajnából érkezett menekülteknek. Vigyázz a hamis állásajánlatokkal, és soha ne add oda az útleveled! Emberkereskedelem esetén hívd a segélyvonalat.',
      maxScore: 20,
    },
  ],
);
