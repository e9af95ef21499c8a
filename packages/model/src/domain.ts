/** Words of the action day, shared by server, web app and CLI. */
export const PLATFORM_KINDS = [
  'social_media',
  'dating',
  'classifieds',
  'help_aid',
  'forum',
  'messaging',
  'dark_web',
] as const;
export type PlatformKind = (typeof PLATFORM_KINDS)[number];

/** The status workflow of a platform, in order. */
export const PLATFORM_STATUSES = ['registered', 'monitored', 'checked', 'suspected', 'confirmed'] as const;
export type PlatformStatus = (typeof PLATFORM_STATUSES)[number];

export const OPERATION_FOCUS = [
  'sexual_exploitation',
  'labour_exploitation',
  'child_sexual_exploitation',
  'vulnerable_group',
] as const;

export const PERSON_ROLES = ['suspect', 'victim', 'username'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const SAFEGUARDING_STATUSES = ['none', 'pending', 'referred', 'declined'] as const;

export const LEAD_STATUSES = ['new', 'in_progress', 'referred', 'closed'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export const LEAD_SOURCES = ['item', 'person', 'selector', 'hit'] as const;

export const CLAIM_TARGETS = ['platform', 'username', 'selector'] as const;

export const ITEM_TYPES = ['ad', 'post', 'profile', 'channel'] as const;
