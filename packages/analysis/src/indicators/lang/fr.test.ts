import { describeLanguage } from './describe-language.ts';

describeLanguage(
  'fr',
  [
    {
      text: 'Travail à l étranger, uniquement femmes de 18 à 25 ans. Sans expérience, salaire élevé, logement gratuit et voyage payé. Réfugiées d Ukraine bienvenues. Écris-moi sur Telegram.',
      ids: [
        'fr.deceptive.abroad',
        'fr.deceptive.women_only',
        'fr.deceptive.easy_money',
        'fr.vulnerability.refugee',
        'fr.contact.obscured',
      ],
      kind: 'recruitment',
      minScore: 75,
    },
    {
      text: 'Le voyage est déduit du salaire et nous gardons votre passeport. Travail 7 jours sur 7, sans contrat.',
      ids: ['fr.coercive.debt', 'fr.control.documents', 'fr.conditions.hours'],
      minScore: 60,
    },
    {
      text: 'Nouvelle en ville, jeune fille étudiante, photos réelles, discrète. Je reçois et je me déplace, petits cadeaux. Uniquement SMS.',
      ids: ['fr.youth.young', 'fr.trust.real', 'fr.sex.escort', 'fr.contact.obscured'],
      kind: 'commercial_sex',
      minScore: 65,
    },
  ],
  [
    {
      text: 'Nous recherchons un vendeur en CDI pour notre magasin de Lyon. Salaire selon profil, tickets restaurant, mutuelle. Envoyez votre candidature.',
      maxScore: 15,
      absent: ['fr.deceptive.', 'fr.sex.'],
    },
    {
      text: 'Aide juridique gratuite pour les réfugiés d Ukraine. Méfiez-vous des fausses offres d emploi et ne donnez jamais votre passeport. Si vous êtes victime de traite des êtres humains, appelez le numéro vert.',
      maxScore: 20,
    },
  ],
);
