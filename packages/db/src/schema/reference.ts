import { pgTable, text, uuid } from 'drizzle-orm/pg-core';

/** Countries by ISO 3166-1 alpha-2 code. */
export const countries = pgTable('countries', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
});

/** Police and justice agencies (e.g. a national police, Europol, Eurojust). */
export const agencies = pgTable('agencies', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  country: text('country').references(() => countries.code),
});
