import { describeLanguage } from './describe-language.ts';

describeLanguage(
  'en',
  [
    {
      text: 'New in town, sweet young girl, 100% real pics. GFE, incall and outcall, roses 150 per hh. Text only, no private numbers 🍒',
      ids: [
        'en.youth.young',
        'en.trust.real',
        'en.sex.service_terms',
        'en.sex.rates',
        'en.contact.obscured',
        'en.emoji.youth',
      ],
      kind: 'commercial_sex',
      minScore: 80,
    },
    {
      text: 'Well paid work abroad for young girls aged 18-25, no experience needed, free flights and visa provided. Refugees from Ukraine welcome. Travel costs will be deducted from your salary.',
      ids: [
        'en.deceptive.easy_money',
        'en.deceptive.abroad',
        'en.deceptive.women_only',
        'en.vulnerability.refugee',
        'en.coercive.debt',
      ],
      kind: 'recruitment',
      minScore: 80,
    },
    {
      text: 'The employer will keep your passport. You work 7 days a week, 12 hours a day, without contract, and you cannot leave the house.',
      ids: ['en.control.documents', 'en.conditions.hours'],
      minScore: 35,
    },
  ],
  [
    {
      // "canteen" is not "teen", "references" without "required" is not client screening.
      text: 'Canteen assistant wanted for our school kitchen. Full time, salary according to the collective agreement, 25 days of paid holiday. Please send your CV and two references.',
      maxScore: 15,
      absent: ['en.youth.', 'en.deceptive.', 'en.sex.'],
    },
    {
      text: 'If you are a victim of human trafficking, call the anti trafficking hotline. Never hand over your passport to an employer and do not accept a loan for the trip.',
      maxScore: 5,
    },
    {
      // A known homograph: "roses" is escort slang for money; alone it stays low.
      text: "Selling my grandmother's rose bushes and a teapot. The roses are red and the pot is like new, pick up in town after 6 pm.",
      maxScore: 15,
      absent: ['en.youth.', 'en.movement.new_in_town'],
    },
  ],
);
