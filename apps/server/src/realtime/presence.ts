/** Who has the command centre of an operation open, counted by live connections (per process). */
export interface PresentUser {
  userId: string;
  name: string;
  country: string | null;
  role: string;
}

export class PresenceTracker {
  private readonly connections = new Map<string, Map<string, { user: PresentUser; count: number }>>();

  /** Returns true when this is the user's first connection to the operation. */
  join(operationId: string, user: PresentUser): boolean {
    const users = this.connections.get(operationId) ?? new Map();
    this.connections.set(operationId, users);
    const entry = users.get(user.userId);
    if (entry) {
      entry.count++;
      return false;
    }
    users.set(user.userId, { user, count: 1 });
    return true;
  }

  /** Returns true when the user's last connection to the operation closed. */
  leave(operationId: string, userId: string): boolean {
    const users = this.connections.get(operationId);
    const entry = users?.get(userId);
    if (!users || !entry) return false;
    entry.count--;
    if (entry.count > 0) return false;
    users.delete(userId);
    return true;
  }

  online(operationId: string): PresentUser[] {
    return [...(this.connections.get(operationId)?.values() ?? [])].map((entry) => entry.user);
  }
}
