/**
 * Distinctive short function words per Latin-script language, for the cheap first pass of
 * language detection. Words shared by several languages are listed under each; the vote needs a
 * clear winner, so shared words only add confidence. Folded (no diacritics) before use.
 */
export const FUNCTION_WORDS: Record<string, string> = {
  en: 'the and you your with are this that have will from call only for my me is of to it we our not',
  de: 'und der die das ich nicht mit für ist ein eine bei auf sie du dich mich auch zu wir bin sind oder nur ohne sehr um',
  nl: 'en het de een van ik niet met voor op zijn ook naar bij wij we jij mij maar dat geen alleen werk zonder goed nieuw wordt hebben',
  fr: 'le la les et je pour avec une un de en des du est pas vous tu sur dans au moi qui que très sans travail nous chez mon ma mes votre notre être',
  es: 'el la los las y que con para por una de en es soy muy del mi tu te sin trabajo está estoy nuestro nosotros',
  pt: 'os as e que com para por uma um de sou não em do da você meu minha muito trabalho sem estou nosso nós',
  it: 'il di che per con sono una non della sei ti mi lavoro anche molto senza',
  pl: 'i w z na do nie się jest dla jestem praca pracy bez oraz tylko że to mnie jak czy zapraszam',
  ro: 'și de la cu în pentru nu este sunt pe un mai care din te ce fete lucru muncă fără',
  sk: 'a v na je som pre sa so nie do ako len si aj ste vo sme pri mám bez',
  cs: 'a v na je jsem pro se s ne do jako jen si i jste ve jsme při mám bez práce',
  sl: 'in je za na se sem da ne z ki po pri tudi samo delo smo ste brez',
  hu: 'a az és hogy nem van egy vagy is csak meg már munka neked minden nagyon vagyok nélkül',
  fi: 'ja on ei olen että tai kuin vain myös mutta minä sinä työ töitä soita hyvä ilman',
  sv: 'och att det är jag på för med som inte till ett av du mig bara har utan',
  da: 'og at det er jeg på for med som ikke til et af du mig kun har hos uden',
  lt: 'ir yra su kad į ne aš tu man tik darbas darbo labai mano bet iš kaip be',
  sq: 'dhe të në për një me është jam nuk që nga ka punë vetëm shumë',
};
