import { DEFAULT_METRICS, type MetricDefinition, PLATFORM_STATUSES } from '@vigil/model';
import type { Actor } from '../auth/actor.ts';
import { authorize } from '../policies/access.policy.ts';
import {
  itemCountsByCountry,
  leadCountsByCountry,
  personFacts,
  platformChanges,
  platformFacts,
} from '../repositories/figures.repository.ts';
import type { ServiceContext } from './context.ts';
import { requireOperation } from './operation.service.ts';

type PlatformFact = {
  id: string;
  status: string;
  flagged: number;
  targetGroups: string[];
  kind: string;
  cse: number;
  countries?: string[];
  createdAt: Date;
};
type PersonFact = {
  role: string;
  nationality: string | null;
  focusGroup: number;
  linked: number;
  createdAt: Date;
};
interface FocusGroup {
  key: string;
  nationality?: string;
}

const rank = (status: string) => PLATFORM_STATUSES.indexOf(status as (typeof PLATFORM_STATUSES)[number]);

/** One metric over a snapshot of the data: value and the "of which" breakdown. */
export function computeMetric(
  metric: MetricDefinition,
  data: { platforms: PlatformFact[]; people: PersonFact[] },
  focus: FocusGroup | null,
): { value: number; breakdownValue?: number } {
  const targets = (p: PlatformFact) => (focus ? p.targetGroups.includes(focus.key) : false);
  const inGroup = (p: PersonFact) => p.focusGroup === 1;
  const count = <T>(rows: T[], keep: (row: T) => boolean) => rows.filter(keep).length;
  const platformMetric = (keep: (p: PlatformFact) => boolean) => {
    const rows = data.platforms.filter(keep);
    if (metric.breakdown === 'cse_dark_web')
      return { value: rows.length, breakdownValue: count(rows, (p) => p.cse === 1 && p.kind === 'dark_web') };
    if (metric.breakdown === 'focus_group')
      return { value: rows.length, breakdownValue: count(rows, targets) };
    return { value: rows.length };
  };
  const personMetric = (role: string, ofWhich: (p: PersonFact) => boolean) => {
    const rows = data.people.filter((p) => p.role === role);
    return metric.breakdown === 'none'
      ? { value: rows.length }
      : { value: rows.length, breakdownValue: count(rows, ofWhich) };
  };
  switch (metric.source) {
    case 'platforms.monitored':
      return platformMetric((p) => rank(p.status) >= rank('monitored'));
    case 'platforms.suspected':
      return platformMetric((p) => rank(p.status) >= rank('suspected'));
    case 'platforms.confirmed':
      return platformMetric((p) => p.status === 'confirmed');
    case 'platforms.flagged':
      return platformMetric((p) => p.flagged === 1);
    case 'suspects':
      return personMetric('suspect', inGroup);
    case 'victims':
      return personMetric('victim', (p) =>
        focus?.nationality ? p.nationality === focus.nationality : inGroup(p),
      );
    case 'usernames':
      return personMetric('username', (p) => p.linked === 1 && inGroup(p));
    default:
      return { value: 0 };
  }
}

/** Rebuild platform states at time t from their creation and change events. */
function platformsAt(
  platforms: PlatformFact[],
  changes: { time: Date; type: string; payload: unknown }[],
  t: Date,
): PlatformFact[] {
  const state = new Map(
    platforms.filter((p) => p.createdAt <= t).map((p) => [p.id, { ...p, status: 'registered', flagged: 0 }]),
  );
  for (const change of changes) {
    if (change.time > t) break;
    const payload = change.payload as { platformId?: string; to?: string; flagged?: boolean };
    const platform = payload.platformId ? state.get(payload.platformId) : undefined;
    if (!platform) continue;
    if (change.type === 'platform.status_changed' && payload.to) platform.status = payload.to;
    if (change.type === 'platform.flagged') platform.flagged = payload.flagged ? 1 : 0;
  }
  return [...state.values()];
}

const SERIES_POINTS = 24;

/** Every key figure of the operation, live from the data, with how each grew during the day. */
export async function operationFigures(ctx: ServiceContext, actor: Actor, operationId: string) {
  authorize(actor, 'figures.read');
  const operation = await requireOperation(ctx, operationId);
  const db = ctx.database.db;
  const [platforms, people, changes, itemCounts, leadCounts] = await Promise.all([
    platformFacts(db, operationId),
    personFacts(db, operationId),
    platformChanges(db, operationId),
    itemCountsByCountry(db, operationId),
    leadCountsByCountry(db, operationId),
  ]);
  const focus = (operation.focusGroup as FocusGroup | null) ?? null;
  const definitions = (operation.metrics as MetricDefinition[] | null) ?? DEFAULT_METRICS;
  const metrics = definitions.map((metric) => ({
    id: metric.id,
    label: metric.label,
    ...(metric.breakdownLabel ? { breakdownLabel: metric.breakdownLabel } : {}),
    ...computeMetric(metric, { platforms, people }, focus),
  }));

  const times = [
    ...platforms.map((p) => p.createdAt),
    ...people.map((p) => p.createdAt),
    ...changes.map((c) => c.time),
  ];
  const start =
    operation.startsAt ?? (times.length ? new Date(Math.min(...times.map((t) => t.getTime()))) : new Date());
  const end = new Date();
  const step = Math.max(1, (end.getTime() - start.getTime()) / (SERIES_POINTS - 1));
  const series = [];
  for (let i = 0; i < SERIES_POINTS; i++) {
    const t = new Date(start.getTime() + step * i);
    const snapshot = {
      platforms: platformsAt(platforms, changes, t),
      people: people.filter((p) => p.createdAt <= t),
    };
    const values: Record<string, number> = {};
    for (const metric of definitions) values[metric.id] = computeMetric(metric, snapshot, focus).value;
    series.push({ time: t.toISOString(), values });
  }

  const byStatus = Object.fromEntries(
    PLATFORM_STATUSES.map((s) => [s, platforms.filter((p) => p.status === s).length]),
  );
  const countries = new Map<
    string,
    { country: string; items: number; highRisk: number; platforms: number; leads: number }
  >();
  const entry = (country: string) => {
    const existing = countries.get(country) ?? { country, items: 0, highRisk: 0, platforms: 0, leads: 0 };
    countries.set(country, existing);
    return existing;
  };
  for (const row of itemCounts)
    Object.assign(entry(row.country), { items: Number(row.n), highRisk: Number(row.high) });
  for (const row of leadCounts) entry(row.country).leads = Number(row.n);
  for (const platform of platforms)
    for (const country of platform.countries ?? []) entry(country).platforms++;
  return {
    metrics,
    series,
    byStatus,
    byCountry: [...countries.values()].sort((a, b) => a.country.localeCompare(b.country)),
  };
}
