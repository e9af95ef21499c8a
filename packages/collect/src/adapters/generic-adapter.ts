import type { FieldName, FieldSpec } from './adapter-types.ts';

/**
 * Selectors for common classifieds and forum layouts, used when an adapter names none.
 * Containers that sit inside another match are dropped, so an `.ad` inside an `article` counts once.
 */
export const genericContainer =
  'article, .ad, .advert, .listing, .post, .item, .profile, .job, .offer, [itemtype*="Product"], [itemtype*="Posting"]';

/** No `text`: without a selector an item's text is all visible text of its container. */
export const genericFields: Partial<Record<FieldName, FieldSpec>> = {
  id: { selector: '[data-id]', attr: 'data-id' },
  title: 'h1, h2, h3, .title, [itemprop=name]',
  author: '.author, .username, .user, [rel=author], [itemprop=author]',
  postedAt: { selector: 'time[datetime]', attr: 'datetime' },
  price: '.price, [itemprop=price]',
  location: '.location, .city, [itemprop=addressLocality]',
  images: { selector: 'img[src]', attr: 'src', all: true },
  contact: {
    selector: 'a[href^="mailto:"], a[href^="tel:"], a[href*="t.me/"], a[href*="wa.me/"], .contact',
    all: true,
  },
};

export const genericNextSelector = 'a[rel~=next], link[rel~=next], a.next, .pagination a.next, .pager a.next';

/** Link texts that mean "next page" in the languages of the action days. */
export const nextLinkText =
  /^\s*(next|weiter|nächste|suivant|volgende|następna|dalej|далее|наступна|înainte|următoarea|siguiente|successiva|›|»|>)\s*$/i;
