import type { Operation, Team } from './types.ts';

/** The team the user works in for this operation (the first, if they sit in several). */
export function userTeam(operation: Operation, userId: string | undefined): Team | null {
  if (!userId) return null;
  return operation.teams.find((team) => team.members.some((member) => member.id === userId)) ?? null;
}

export function teamName(operation: Operation, teamId: string | null): string {
  if (!teamId) return '—';
  return operation.teams.find((team) => team.id === teamId)?.name ?? teamId;
}

export function members(operation: Operation): { id: string; name: string; country: string | null }[] {
  const byId = new Map<string, { id: string; name: string; country: string | null }>();
  for (const team of operation.teams) for (const member of team.members) byId.set(member.id, member);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}
