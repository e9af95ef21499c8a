import { describeLanguage } from './describe-language.ts';

describeLanguage(
  'ro',
  [
    {
      text: 'Oferim locuri de muncă în străinătate, în Germania, doar fete între 18 și 25 de ani. Fără experiență, câștiguri mari, cazare gratuită și transport asigurat. Trimite poze pe WhatsApp.',
      ids: ['ro.deceptive.abroad', 'ro.deceptive.women_only', 'ro.deceptive.easy_money'],
      kind: 'recruitment',
      minScore: 50,
    },
    {
      text: 'Costul drumului se reține din salariu, pașaportul rămâne la patron. Lucrăm fără zile libere, fără contract.',
      ids: ['ro.coercive.debt', 'ro.control.documents', 'ro.conditions.hours'],
      minScore: 60,
    },
    {
      text: 'Tinerica noua in oras, poze reale, discretie totala. Escorta de lux, la mine sau la tine. Doar sms.',
      ids: ['ro.youth.young', 'ro.trust.real', 'ro.sex.escort', 'ro.contact.obscured'],
      kind: 'commercial_sex',
      minScore: 65,
    },
  ],
  [
    {
      text: 'Angajăm operator call center în Cluj. Salariu 4500 lei net, contract de muncă pe perioadă nedeterminată, bonuri de masă. Trimite CV-ul.',
      maxScore: 15,
      absent: ['ro.deceptive.', 'ro.sex.'],
    },
    {
      text: 'Consiliere juridică gratuită pentru refugiații din Ucraina. Atenție la ofertele false de muncă, nu dați pașaportul nimănui. Linia verde împotriva traficului de persoane.',
      maxScore: 20,
    },
  ],
);
