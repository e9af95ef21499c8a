import { describeLanguage } from './describe-language.ts';

describeLanguage(
  'el',
  [
    {
      text: 'Δουλειά στο εξωτερικό μόνο για γυναίκες από 18 έως 25. Χωρίς εμπειρία, υψηλές αποδοχές, δωρεάν διαμονή και πληρώνουμε τα εισιτήρια. Πρόσφυγες από την Ουκρανία ευπρόσδεκτες. Στείλε μήνυμα στο Viber.',
      ids: [
        'el.deceptive.abroad',
        'el.deceptive.women_only',
        'el.deceptive.easy_money',
        'el.vulnerability.refugee',
        'el.contact.obscured',
      ],
      kind: 'recruitment',
      minScore: 75,
    },
    {
      text: 'Το εισιτήριο αφαιρείται από τον μισθό και κρατάμε το διαβατήριο. Εργασία 7 ημέρες την εβδομάδα, χωρίς ένσημα.',
      ids: ['el.coercive.debt', 'el.control.documents', 'el.conditions.hours'],
      minScore: 60,
    },
    {
      text: 'Νέα στην πόλη, νεαρούλα φοιτήτρια, αληθινές φωτογραφίες, απόλυτη εχεμύθεια. Σπίτι ή ξενοδοχείο, γλυκιά συντροφιά. Μόνο μηνύματα.',
      ids: ['el.youth.young', 'el.trust.real', 'el.sex.escort', 'el.contact.obscured'],
      kind: 'commercial_sex',
      minScore: 65,
    },
  ],
  [
    {
      text: 'Ζητείται υπάλληλος αποθήκης στη Θεσσαλονίκη. Πλήρης απασχόληση, μισθός σύμφωνα με τη συλλογική σύμβαση, ασφάλιση. Στείλτε το βιογραφικό σας.',
      maxScore: 15,
      absent: ['el.deceptive.', 'el.sex.'],
    },
    {
      text: 'Ο Ερυθρός Σταυρός παρέχει δωρεάν νομική βοήθεια σε πρόσφυγες από την Ουκρανία. Προσοχή στις ψεύτικες αγγελίες εργασίας, μην δίνεις το διαβατήριο σε κανέναν. Αν είσαι θύμα εμπορίας ανθρώπων, κάλεσε τη γραμμή βοήθειας.',
      maxScore: 20,
    },
  ],
);
