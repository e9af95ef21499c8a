import { describeLanguage } from './describe-language.ts';

describeLanguage(
  'sq',
  [
    {
      text: 'Punë jashtë shtetit vetëm për vajza nga 18 deri 25 vjeç. Pa eksperiencë, pagë e lartë, akomodim falas dhe paguajmë biletën. Refugjatet nga Ukraina janë të mirëpritura. Më shkruaj në WhatsApp.',
      ids: [
        'sq.deceptive.abroad',
        'sq.deceptive.women_only',
        'sq.deceptive.easy_money',
        'sq.vulnerability.refugee',
        'sq.contact.obscured',
      ],
      kind: 'recruitment',
      minScore: 75,
    },
    {
      text: 'Bileta zbritet nga paga dhe ne mbajmë pasaportën. Punë 7 ditë në javë, pa kontratë.',
      ids: ['sq.coercive.debt', 'sq.control.documents', 'sq.conditions.hours'],
      minScore: 60,
    },
    {
      text: 'E re në qytet, vajzë e re, foto reale, diskrecion i plotë. Shërbime seksuale, vij tek ti. Vetëm sms.',
      ids: ['sq.youth.young', 'sq.trust.real', 'sq.sex.escort', 'sq.contact.obscured'],
      kind: 'commercial_sex',
      minScore: 65,
    },
  ],
  [
    {
      text: 'Kërkojmë magazinier për depon tonë në Tiranë. Ofrojmë kontratë pune, pagë sipas tregut dhe sigurime shoqërore. Aplikoni duke dërguar CV.',
      maxScore: 15,
      absent: ['sq.deceptive.', 'sq.sex.'],
    },
    {
      text: 'Kryqi i Kuq ofron ndihmë ligjore falas për refugjatët nga Ukraina. Kujdes nga ofertat e rreme të punës dhe mos e jep kurrë pasaportën. Nëse je viktimë e trafikimit, telefono linja e gjelbër.',
      maxScore: 20,
    },
  ],
);
