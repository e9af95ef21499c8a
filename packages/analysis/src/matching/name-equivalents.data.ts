/**
 * Given names that Ukrainian and Russian write differently (Олександр / Александр), in Latin
 * spellings as produced by our transliteration. A person may appear under either form, notably
 * refugees registered abroad from a Russian-spelled document. Each row is one name.
 */
export const NAME_EQUIVALENTS: readonly (readonly string[])[] = [
  ['oleksandr', 'aleksandr', 'alexander', 'alexandr', 'oleksander'],
  ['oleksandra', 'aleksandra', 'alexandra'],
  ['oleksii', 'oleksiy', 'aleksei', 'aleksey', 'alexey', 'alexei'],
  ['andrii', 'andriy', 'andrei', 'andrey'],
  ['serhii', 'serhiy', 'sergei', 'sergey', 'sergii'],
  ['dmytro', 'dmitrii', 'dmitriy', 'dmitry'],
  ['mykola', 'nikolai', 'nikolay'],
  ['mykhailo', 'mikhail', 'mykhaylo'],
  ['volodymyr', 'vladimir'],
  ['yurii', 'yuriy', 'iurii', 'yuri', 'yury'],
  ['vasyl', 'vasilii', 'vasiliy', 'vasily'],
  ['hryhorii', 'grigorii', 'grigoriy', 'grigory'],
  ['ihor', 'igor'],
  ['viktor', 'victor'],
  ['yevhen', 'ievgen', 'evgenii', 'yevgeniy', 'evgeny'],
  ['petro', 'petr', 'pyotr'],
  ['pavlo', 'pavel'],
  ['olena', 'elena', 'yelena', 'helen'],
  ['nataliia', 'natalia', 'natalya', 'natalja', 'nataliya'],
  ['tetiana', 'tatiana', 'tatyana', 'tetyana'],
  ['kateryna', 'ekaterina', 'yekaterina', 'katerina'],
  ['iryna', 'irina'],
  ['yuliia', 'yulia', 'iuliia', 'julia', 'yuliya'],
  ['anastasiia', 'anastasia', 'anastasiya'],
  ['mariia', 'maria', 'mariya'],
  ['liudmyla', 'lyudmila', 'liudmila', 'ludmila'],
  ['halyna', 'galina', 'halina'],
  ['oksana'],
  ['olha', 'olga', 'olgha'],
  ['svitlana', 'svetlana'],
  ['valentyna', 'valentina'],
  ['viktoriia', 'viktoria', 'victoria', 'viktoriya'],
  ['daria', 'darya', 'dariia'],
  ['sofiia', 'sofia', 'sofiya', 'sophia'],
];

const index = new Map<string, readonly string[]>();
for (const row of NAME_EQUIVALENTS) for (const name of row) index.set(name, row);

/** Other spellings of one given name, or an empty list. */
export const nameEquivalents = (token: string): readonly string[] => index.get(token) ?? [];
