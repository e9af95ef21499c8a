/** Query keys: everything per operation sits under ['op', id, ...] so one event can invalidate it. */
export const keys = {
  session: ['session'] as const,
  bootstrap: ['bootstrap'] as const,
  operations: ['operations'] as const,
  operation: (op: string) => ['op', op, 'operation'] as const,
  figures: (op: string) => ['op', op, 'figures'] as const,
  platforms: (op: string) => ['op', op, 'platforms'] as const,
  claims: (op: string) => ['op', op, 'claims'] as const,
  items: (op: string) => ['op', op, 'items'] as const,
  people: (op: string) => ['op', op, 'people'] as const,
  leads: (op: string) => ['op', op, 'leads'] as const,
  presence: (op: string) => ['op', op, 'presence'] as const,
  platformHistory: (id: string) => ['platform', id, 'history'] as const,
  item: (id: string) => ['item', id] as const,
  person: (id: string) => ['person', id] as const,
  lead: (id: string) => ['lead', id] as const,
};
