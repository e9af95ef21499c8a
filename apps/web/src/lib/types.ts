/** The shapes of docs/api.md, as the web app reads them. Unknown extra fields are ignored. */
export interface User {
  id: string;
  email: string;
  name: string;
  role: string;
  country: string | null;
  agencyId: string | null;
  permissions: string[];
}

export interface Session {
  user: User;
  csrfToken: string;
}

export interface Bootstrap {
  empty: boolean;
  demoAvailable: boolean;
}

export interface TeamMember {
  id: string;
  name: string;
  country: string | null;
  role: string;
}

export interface Team {
  id: string;
  name: string;
  country: string | null;
  members: TeamMember[];
}

export interface Operation {
  id: string;
  name: string;
  description: string;
  startsAt: string | null;
  endsAt: string | null;
  focus: string[];
  focusGroup: { key: string; label: string; nationality: string } | null;
  countries: string[];
  synthetic: boolean;
  version: number;
  teams: Team[];
}

/** An operation as listed (GET /api/operations): teams come only with GET /api/operations/:id. */
export type OperationSummary = Omit<Operation, 'teams'> & { teams?: Team[] };

export interface Claim {
  id: string;
  targetType: 'platform' | 'username' | 'selector';
  targetKey: string;
  teamId: string | null;
  teamName: string | null;
  country: string | null;
  userId: string;
  userName: string;
  createdAt: string;
}

export interface Platform {
  id: string;
  operationId: string;
  name: string;
  kind: string;
  addresses: string[];
  languages: string[];
  countries: string[];
  targetGroups: string[];
  status: string;
  flaggedForFollowUp: boolean;
  monitoringSchedule: string | null;
  teamId: string | null;
  cse: boolean;
  notes: string | null;
  version: number;
  updatedAt: string;
  claims: Claim[];
}

export interface ItemSummary {
  id: string;
  title: string | null;
  url: string | null;
  platformId: string | null;
  score: number;
  kind: string;
  lang: string | null;
  capturedAt: string | null;
  ownerCountry: string | null;
  handling: string;
  snippet: string;
}

export interface SelectorHit {
  type: string;
  value: string;
  raw: string;
  start: number;
  end: number;
}

export interface IndicatorHit {
  id: string;
  category: string;
  weight: number;
  lang: string;
  match: string;
  start: number;
  end: number;
}

export interface Reason {
  source: string;
  code: string;
  label: string;
  points: number;
}

export interface Item extends ItemSummary {
  text: string;
  images?: unknown[];
  analysis: {
    score: number;
    kind: string;
    kindReasons: string[];
    reasons: Reason[];
    selectors: SelectorHit[];
    indicators: IndicatorHit[];
  } | null;
}

export interface Person {
  id: string;
  role: 'suspect' | 'victim' | 'username';
  name: string | null;
  username: string | null;
  platformId: string | null;
  nationality: string | null;
  focusGroup: boolean;
  linkedToExploitation: boolean;
  safeguardingStatus: string | null;
  notes: string | null;
  ownerCountry: string | null;
  handling: string;
  sharedWith: string[];
  itemIds: string[];
  selectors: { type: string; value: string }[];
  version: number;
}

export interface Lead {
  id: string;
  title: string;
  summary: string | null;
  sourceType: string;
  sourceId: string;
  status: string;
  assigneeId: string | null;
  assigneeName: string | null;
  ownerCountry: string | null;
  handling: string;
  sharedWith: string[];
  createdAt: string;
  version: number;
}

export interface LeadDetail extends Lead {
  comments: { id: string; authorName: string; body: string; createdAt: string }[];
}

export interface LiveEvent {
  id: string;
  time: string;
  type: string;
  actor: { id: string; name: string; country: string | null } | null;
  payload: unknown;
}

export interface PresenceEntry {
  userId: string;
  name: string;
  country: string | null;
  role: string;
}

export interface Metric {
  id: string;
  label: string;
  value: number;
  breakdownLabel?: string;
  breakdownValue?: number;
}

export interface Figures {
  metrics: Metric[];
  series: { time: string; values: Record<string, number> }[];
  byCountry: { country: string; items: number; platforms: number; leads: number }[];
  byStatus: Record<string, number>;
}

export interface ImportResult {
  imported: number;
  duplicates?: number;
  errors: { line: number; message: string }[];
}
