/**
 * Key figures of an operation. Each metric is a count over the data, with an optional breakdown
 * "of which ..." for the operation's focus group. The default set is the table in BRIEF.md; an
 * operation may store its own list (later editions counted URLs, accounts and entities).
 */
export const METRIC_SOURCES = [
  'platforms.monitored',
  'platforms.suspected',
  'platforms.confirmed',
  'platforms.flagged',
  'suspects',
  'victims',
  'usernames',
  'items',
  'items.high_risk',
  'leads',
  'selectors',
] as const;
export type MetricSource = (typeof METRIC_SOURCES)[number];

export const METRIC_BREAKDOWNS = ['focus_group', 'cse_dark_web', 'none'] as const;
export type MetricBreakdown = (typeof METRIC_BREAKDOWNS)[number];

export interface MetricDefinition {
  id: string;
  label: string;
  source: MetricSource;
  breakdown: MetricBreakdown;
  breakdownLabel?: string;
}

export const DEFAULT_METRICS: MetricDefinition[] = [
  {
    id: 'platforms_monitored',
    label: 'Platforms monitored',
    source: 'platforms.monitored',
    breakdown: 'focus_group',
    breakdownLabel: 'targeting the focus group',
  },
  {
    id: 'platforms_suspected',
    label: 'Platforms checked and suspected of involvement',
    source: 'platforms.suspected',
    breakdown: 'focus_group',
    breakdownLabel: 'targeting the focus group',
  },
  {
    id: 'platforms_confirmed',
    label: 'Platforms confirmed involved',
    source: 'platforms.confirmed',
    breakdown: 'cse_dark_web',
    breakdownLabel: 'child sexual exploitation on the dark web',
  },
  {
    id: 'suspects',
    label: 'Suspects identified',
    source: 'suspects',
    breakdown: 'focus_group',
    breakdownLabel: 'linked to the focus group',
  },
  {
    id: 'victims',
    label: 'Possible victims found',
    source: 'victims',
    breakdown: 'focus_group',
    breakdownLabel: "of the focus group's nationality",
  },
  {
    id: 'platforms_flagged',
    label: 'Platforms flagged for further investigation and monitoring',
    source: 'platforms.flagged',
    breakdown: 'none',
  },
  {
    id: 'usernames',
    label: 'Persons/usernames checked',
    source: 'usernames',
    breakdown: 'focus_group',
    breakdownLabel: 'linked to exploitation of the focus group',
  },
];
