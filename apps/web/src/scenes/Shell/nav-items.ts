/** The sections of the command centre, in the order an action day uses them. */
export const NAV_ITEMS = [
  { path: '/', label: 'Command centre' },
  { path: '/platforms', label: 'Platforms' },
  { path: '/items', label: 'Items' },
  { path: '/people', label: 'People' },
  { path: '/leads', label: 'Leads' },
  { path: '/hits', label: 'Hits' },
  { path: '/sets', label: 'Reference sets' },
  { path: '/figures', label: 'Figures' },
  { path: '/operations', label: 'Operations' },
  { path: '/users', label: 'Users', permission: 'user.manage' },
] as const;
