/** Display words for the domain's identifiers ('confirmed' → 'Confirmed involved'). */
const WORDS: Record<string, string> = {
  registered: 'Registered',
  monitored: 'Monitored',
  checked: 'Checked',
  suspected: 'Suspected',
  confirmed: 'Confirmed involved',
  social_media: 'Social media',
  dating: 'Dating',
  classifieds: 'Classifieds',
  help_aid: 'Help/aid',
  forum: 'Forum',
  messaging: 'Messaging',
  dark_web: 'Dark web',
  suspect: 'Suspect',
  victim: 'Possible victim',
  username: 'Username/account',
  new: 'New',
  in_progress: 'In progress',
  referred: 'Referred',
  closed: 'Closed',
  operation: 'Everyone in the operation',
  countries: 'Named countries',
  owner: 'Owner country only',
  none: 'None',
  pending: 'Pending',
  declined: 'Declined',
  ad: 'Ad',
  post: 'Post',
  profile: 'Profile',
  channel: 'Channel',
};

export function word(id: string | null | undefined): string {
  if (!id) return '—';
  return WORDS[id] ?? id.replace(/_/g, ' ');
}

export function options(ids: readonly string[]): { value: string; label: string }[] {
  return ids.map((value) => ({ value, label: word(value) }));
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return date.toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'medium' });
}

/** Split a free-text list typed by a user ("a; b, c" or one per line). */
export function splitList(text: string): string[] {
  return text
    .split(/[;,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

export function hasPermission(
  user: { permissions: readonly string[] } | null | undefined,
  name: string,
): boolean {
  return Boolean(user?.permissions.includes(name));
}
