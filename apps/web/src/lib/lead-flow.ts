/** The lead workflow: new → in progress → referred → closed; a lead can be closed from any open step. */
export function nextLeadStatuses(status: string): string[] {
  switch (status) {
    case 'new':
      return ['in_progress', 'closed'];
    case 'in_progress':
      return ['referred', 'closed'];
    case 'referred':
      return ['closed'];
    default:
      return [];
  }
}
