import { describeLanguage } from './describe-language.ts';

describeLanguage(
  'es',
  [
    {
      text: 'Trabajo en el extranjero solo para chicas de 18 a 25 años. Sin experiencia, dinero fácil, alojamiento gratis y te pagamos el viaje. Refugiadas de Ucrania bienvenidas. Escríbeme por WhatsApp.',
      ids: [
        'es.deceptive.abroad',
        'es.deceptive.women_only',
        'es.deceptive.easy_money',
        'es.vulnerability.refugee',
        'es.contact.obscured',
      ],
      kind: 'recruitment',
      minScore: 75,
    },
    {
      text: 'El billete se descuenta del sueldo y guardamos tu pasaporte. Trabajo 7 días a la semana, sin contrato.',
      ids: ['es.coercive.debt', 'es.control.documents', 'es.conditions.hours'],
      minScore: 60,
    },
    {
      text: 'Jovencita nueva en la ciudad, fotos reales, máxima discreción. Salidas a hotel y domicilio, francés natural. Solo WhatsApp.',
      ids: ['es.youth.young', 'es.trust.real', 'es.sex.escort', 'es.contact.obscured'],
      kind: 'commercial_sex',
      minScore: 65,
    },
  ],
  [
    {
      text: 'Buscamos camarero para restaurante en Valencia. Contrato indefinido, sueldo según convenio, jornada completa. Envía tu currículum.',
      maxScore: 15,
      absent: ['es.deceptive.', 'es.sex.'],
    },
    {
      text: 'Cruz Roja ofrece asesoría jurídica gratuita a refugiados de Ucrania. Cuidado con las ofertas falsas de trabajo: nunca entregues tu pasaporte. Si eres víctima de trata, llama a la línea de ayuda.',
      maxScore: 20,
    },
  ],
);
