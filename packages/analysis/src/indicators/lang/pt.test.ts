import { describeLanguage } from './describe-language.ts';

describeLanguage(
  'pt',
  [
    {
      text: 'Trabalho no estrangeiro só para mulheres entre 18 e 25 anos. Sem experiência, dinheiro fácil, alojamento gratuito e passagem paga. Refugiadas da Ucrânia são bem-vindas. Chama no WhatsApp.',
      ids: [
        'pt.deceptive.abroad',
        'pt.deceptive.women_only',
        'pt.deceptive.easy_money',
        'pt.vulnerability.refugee',
        'pt.contact.obscured',
      ],
      kind: 'recruitment',
      minScore: 75,
    },
    {
      text: 'A viagem é descontada do salário e guardamos o seu passaporte. Trabalho 7 dias por semana, sem contrato.',
      ids: ['pt.coercive.debt', 'pt.control.documents', 'pt.conditions.hours'],
      minScore: 60,
    },
    {
      text: 'Novinha nova na cidade, fotos reais, total sigilo. Acompanhante com local próprio, atendo em hotel. Só WhatsApp.',
      ids: ['pt.youth.young', 'pt.trust.real', 'pt.sex.escort', 'pt.contact.obscured'],
      kind: 'commercial_sex',
      minScore: 65,
    },
  ],
  [
    {
      text: 'Procuramos rececionista para hotel em Lisboa. Contrato de trabalho sem termo, salário compatível, horário por turnos. Envie a sua candidatura.',
      maxScore: 15,
      absent: ['pt.deceptive.', 'pt.sex.'],
    },
    {
      text: 'A Cruz Vermelha presta apoio jurídico gratuito a refugiados da Ucrânia. Cuidado com ofertas falsas de emprego e nunca entregue o seu passaporte. Se for vítima de tráfico de pessoas, ligue para a linha de apoio.',
      maxScore: 20,
    },
  ],
);
