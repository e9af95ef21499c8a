import { describeLanguage } from './describe-language.ts';

describeLanguage(
  'pl',
  [
    {
      text: 'Praca za granicą w Niemczech dla pań! Tylko dla kobiet, bez doświadczenia, wysokie zarobki. Zakwaterowanie zapewnione, transport opłacony. Zapraszamy uchodźczynie z Ukrainy. Pisz na telegram.',
      ids: [
        'pl.deceptive.abroad',
        'pl.deceptive.women_only',
        'pl.deceptive.easy_money',
        'pl.vulnerability.refugee',
        'pl.contact.obscured',
      ],
      kind: 'recruitment',
      minScore: 75,
    },
    {
      text: 'Koszty przejazdu potrącane z wynagrodzenia, paszport u pracodawcy. Praca 7 dni w tygodniu, bez umowy.',
      ids: ['pl.coercive.debt', 'pl.control.documents', 'pl.conditions.hours'],
      minScore: 60,
    },
    {
      text: 'Nowa w mieście, młodziutka studentka, prawdziwe zdjęcia, pełna dyskrecja. Miejsce u mnie lub dojazd do klienta. Sponsoring.',
      ids: ['pl.youth.young', 'pl.trust.real', 'pl.sex.escort', 'pl.movement.new_in_town'],
      kind: 'commercial_sex',
      minScore: 60,
    },
  ],
  [
    {
      text: 'Firma zatrudni magazyniera w Poznaniu. Oferujemy umowę o pracę, wynagrodzenie 5200 zł brutto, pracę w systemie dwuzmianowym. Prześlij CV.',
      maxScore: 15,
      absent: ['pl.deceptive.', 'pl.sex.'],
    },
    {
      text: 'Bezpłatna pomoc prawna dla uchodźców z Ukrainy. Uważaj na fałszywe oferty pracy i nie oddawaj paszportu. Infolinia La Strada przeciw handlowi ludźmi.',
      maxScore: 20,
    },
  ],
);
