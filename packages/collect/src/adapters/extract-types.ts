/** An item as read off a page, before analysis. */
export interface ExtractedItem {
  url: string;
  externalId?: string;
  title: string;
  text: string;
  author?: string;
  postedAt?: string;
  price?: string;
  location?: string;
  images: string[];
  contact: string[];
}

export interface PageLinks {
  items: string[];
  listings: string[];
  next: string[];
}

export interface Extraction {
  items: ExtractedItem[];
  links: PageLinks;
}

/** Whether the page was reached as a listing (start, category, next page) or as an item page. */
export type PageKind = 'listing' | 'item';
