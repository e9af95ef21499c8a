import { describeLanguage } from './describe-language.ts';

describeLanguage(
  'ru',
  [
    {
      text: 'Работа для девушек за границей, в Польше и Германии. Только для девушек от 18 лет, опыт не нужен, высокая зарплата. Бесплатное жилье, дорогу оплачиваем. Беженцам из Украины помогаем.',
      ids: [
        'ru.deceptive.women_only',
        'ru.deceptive.easy_money',
        'ru.deceptive.abroad',
        'ru.vulnerability.refugee',
      ],
      kind: 'recruitment',
      minScore: 70,
    },
    {
      text: 'Долг за дорогу нужно отработать, паспорт хранится у работодателя. Без выходных, 12 часов в день.',
      ids: ['ru.coercive.debt', 'ru.control.documents', 'ru.conditions.hours'],
      minScore: 60,
    },
    {
      text: 'Новенькая молоденькая девочка, реальные фото, без обмана. Интим услуги, апартаменты и выезд. Пиши в телеграм.',
      ids: ['ru.youth.young', 'ru.trust.real', 'ru.sex.escort', 'ru.contact.obscured'],
      kind: 'commercial_sex',
      minScore: 65,
    },
  ],
  [
    {
      text: 'Требуется водитель погрузчика на склад в Москве. Официальное трудоустройство, зарплата от 80 000 рублей, график работы 2/2.',
      maxScore: 15,
      absent: ['ru.deceptive.', 'ru.sex.'],
    },
    {
      text: 'Фонд оказывает бесплатную юридическую помощь беженцам из Украины. Будьте осторожны с предложениями работы, не отдавайте паспорт. Горячая линия по противодействию торговле людьми.',
      maxScore: 20,
    },
  ],
);
