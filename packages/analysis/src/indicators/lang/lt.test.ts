import { describeLanguage } from './describe-language.ts';

describeLanguage(
  'lt',
  [
    {
      text: 'Darbas užsienyje tik merginoms nuo 18 iki 25 metų. Patirtis nebūtina, didelis atlyginimas, nemokamas apgyvendinimas, kelionė apmokama. Pabėgėlės iš Ukrainos laukiamos. Rašyk per WhatsApp.',
      ids: [
        'lt.deceptive.abroad',
        'lt.deceptive.women_only',
        'lt.deceptive.easy_money',
        'lt.vulnerability.refugee',
        'lt.contact.obscured',
      ],
      kind: 'recruitment',
      minScore: 75,
    },
    {
      text: 'Kelionės kaina išskaičiuojama iš atlyginimo, o pasą pasiliekame mes. Dirbama 7 dienas per savaitę, be sutarties.',
      ids: ['lt.coercive.debt', 'lt.control.documents', 'lt.conditions.hours'],
      minScore: 60,
    },
    {
      text: 'Nauja mieste, jaunutė mergina, tikros nuotraukos, visiškas diskretiškumas. Intymios paslaugos, pas mane arba pas tave. Tik sms.',
      ids: ['lt.youth.young', 'lt.trust.real', 'lt.sex.escort', 'lt.contact.obscured'],
      kind: 'commercial_sex',
      minScore: 65,
    },
  ],
  [
    {
      text: 'Ieškome sandėlio darbuotojo Kaune. Siūlome darbo sutartį, atlyginimas nuo 1500 eurų, socialines garantijas. Siųskite savo gyvenimo aprašymą.',
      maxScore: 15,
      absent: ['lt.deceptive.', 'lt.sex.'],
    },
    {
      text: 'Raudonasis Kryžius teikia nemokama teisinė pagalba pabėgėliams iš Ukrainos. Saugokitės netikrų darbo pasiūlymų ir niekada neatiduokite paso. Prekyba žmonėmis: pagalbos linija.',
      maxScore: 20,
    },
  ],
);
