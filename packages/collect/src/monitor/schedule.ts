const units: Record<string, number> = { m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const named: Record<string, number> = { hourly: 3_600_000, daily: 86_400_000, weekly: 604_800_000 };

/** Parse a platform's monitoring schedule ('every 6h', 'every 30m', 'daily') into milliseconds. */
export function scheduleIntervalMs(schedule: string): number | undefined {
  const s = schedule.trim().toLowerCase();
  if (named[s]) return named[s];
  const m = /^every\s+(\d+)\s*(m|min|h|d|w)$/.exec(s);
  if (!m) return undefined;
  const ms = Number(m[1]) * units[m[2]!]!;
  // Re-crawling more often than every 5 minutes is not monitoring, it is hammering the platform.
  return ms >= 5 * 60_000 ? ms : undefined;
}

export interface MonitoredPlatform {
  key: string;
  schedule: string;
  flaggedForFollowUp: boolean;
  lastRunAt?: Date;
}

/** Platforms flagged for follow-up whose schedule says a new round is due. */
export function duePlatforms<T extends MonitoredPlatform>(platforms: T[], now: Date): T[] {
  return platforms.filter((p) => {
    if (!p.flaggedForFollowUp) return false;
    const interval = scheduleIntervalMs(p.schedule);
    if (!interval) return false;
    return !p.lastRunAt || now.getTime() - p.lastRunAt.getTime() >= interval;
  });
}
