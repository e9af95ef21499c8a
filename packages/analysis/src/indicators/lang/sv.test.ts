import { describeLanguage } from './describe-language.ts';

describeLanguage(
  'sv',
  [
    {
      text: 'Jobb utomlands, endast kvinnor mellan 18 och 25 år. Ingen erfarenhet krävs, hög lön, gratis boende och vi betalar resan. Flyktingar från Ukraina är välkomna. Skriv på WhatsApp.',
      ids: [
        'sv.deceptive.abroad',
        'sv.deceptive.women_only',
        'sv.deceptive.easy_money',
        'sv.vulnerability.refugee',
        'sv.contact.obscured',
      ],
      kind: 'recruitment',
      minScore: 75,
    },
    {
      text: 'Resan dras från din lön och vi behåller ditt pass. Du jobbar 7 dagar i veckan, utan kontrakt.',
      ids: ['sv.coercive.debt', 'sv.control.documents', 'sv.conditions.hours'],
      minScore: 60,
    },
    {
      text: 'Ny i stan, ung tjej med äkta bilder, helt diskret. Erotiska tjänster, tar emot hemma eller hotellbesök. Endast sms.',
      ids: ['sv.youth.young', 'sv.trust.real', 'sv.sex.escort', 'sv.contact.obscured'],
      kind: 'commercial_sex',
      minScore: 65,
    },
  ],
  [
    {
      text: 'Vi söker en lagerarbetare på heltid till vårt lager i Jönköping. Tillsvidareanställning, lön enligt kollektivavtal. Ansök senast 15 december.',
      maxScore: 15,
      absent: ['sv.deceptive.', 'sv.sex.'],
    },
    {
      text: 'Röda korset ger gratis juridisk rådgivning till flyktingar från Ukraina. Se upp för falska jobberbjudanden och lämna aldrig ifrån dig ditt pass. Misstänker du människohandel? Ring stödlinjen.',
      maxScore: 20,
    },
  ],
);
