import { describeLanguage } from './describe-language.ts';

describeLanguage(
  'uk',
  [
    {
      text: 'Робота для дівчат у Німеччині! Тільки для жінок 18-30 років, без досвіду, висока зарплата. Безкоштовне житло, проїзд оплачуємо. Біженкам з України особливі умови. Пишіть у телеграм.',
      ids: [
        'uk.deceptive.women_only',
        'uk.deceptive.easy_money',
        'uk.deceptive.abroad',
        'uk.vulnerability.refugee',
        'uk.contact.obscured',
      ],
      kind: 'recruitment',
      minScore: 75,
    },
    {
      text: 'Вартість дороги вираховується з зарплати, паспорт зберігається у роботодавця. Працюємо без вихідних, без договору.',
      ids: ['uk.coercive.debt', 'uk.control.documents', 'uk.conditions.hours'],
      minScore: 60,
    },
    {
      text: 'Новенька молоденька дівчинка, реальні фото, інтим послуги, апартаменти та виїзд до клієнта. Конфіденційно.',
      ids: ['uk.youth.young', 'uk.trust.real', 'uk.sex.escort', 'uk.movement.new_in_town'],
      kind: 'commercial_sex',
      minScore: 60,
    },
  ],
  [
    {
      text: 'Шукаємо продавця-консультанта у магазин у Львові. Офіційне працевлаштування, зарплата 18000 грн, графік роботи 5/2. Надсилайте резюме.',
      maxScore: 15,
      absent: ['uk.deceptive.', 'uk.sex.'],
    },
    {
      text: 'Благодійний фонд надає безкоштовну юридичну допомогу біженцям з України. Будьте обережні з фальшивими пропозиціями роботи за кордоном, не віддавайте паспорт. Гаряча лінія з протидії торгівлі людьми: 527.',
      maxScore: 20,
    },
  ],
);
