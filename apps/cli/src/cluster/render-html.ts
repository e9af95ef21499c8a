import type { ClusterGroup, HubSelector } from '@vigil/analysis';

/** Escape text for HTML element content and attribute values. Scraped text is hostile. */
export function escapeHtml(value: unknown): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const SLOT = /\{(name|age|city|phone|price|number|emoji|…)\}/g;
const MAX_MEMBERS = 100;

function list(values: string[]): string {
  return values.length ? values.map(escapeHtml).join(', ') : '<span class="muted">unknown</span>';
}

function selectorsTable(group: ClusterGroup): string {
  if (group.selectors.length === 0) return '';
  const rows = group.selectors
    .map(
      (s) =>
        `<tr><td>${escapeHtml(s.type)}${s.strong ? '' : ' <span class="muted">(weak)</span>'}</td><td><code>${escapeHtml(s.value)}</code></td><td>${s.count}</td></tr>`,
    )
    .join('');
  return `<table><thead><tr><th>shared selector</th><th>value</th><th>items</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function groupSection(group: ClusterGroup): string {
  const members = group.members.slice(0, MAX_MEMBERS).map(escapeHtml).join(', ');
  const more = group.members.length > MAX_MEMBERS ? ` … and ${group.members.length - MAX_MEMBERS} more` : '';
  const template =
    group.template !== undefined
      ? `<pre class="template">${escapeHtml(group.template).replace(SLOT, '<mark>{$1}</mark>')}</pre>${(
          group.slots ?? []
        )
          .map((s) => `<div class="slot"><mark>{${escapeHtml(s.label)}}</mark> ${list(s.values)}</div>`)
          .join('')}`
      : '';
  const templates = group.templates?.length ? `<p>Templates: ${list(group.templates)}</p>` : '';
  return `<section class="group ${group.kind}" id="${escapeHtml(group.id)}">
<h3>${escapeHtml(group.id)} · ${group.kind} · ${group.size} items · risk ${escapeHtml(group.score)} · rank ${escapeHtml(group.rank)}</h3>
<p>Platforms: ${list(group.platforms)} · Languages: ${list(group.languages)} · Countries: ${list(group.countries)}</p>
${template}${templates}${selectorsTable(group)}
<details><summary>Members</summary><p>${members}${more}</p></details>
</section>`;
}

/** A self-contained page (no scripts, no remote resources) showing groups to a person. */
export function renderClusterHtml(groups: ClusterGroup[], hubs: HubSelector[], notes: string[]): string {
  const networks = groups.filter((g) => g.kind === 'network');
  const templates = groups.filter((g) => g.kind === 'template');
  const lures = groups.filter((g) => g.kind === 'lure');
  const hubRows = hubs
    .map(
      (h) =>
        `<li>${escapeHtml(h.type)} <code>${escapeHtml(h.value)}</code>: ${h.items} items in ${h.clusters} unrelated groups</li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Vigil clusters</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem;color:#1a1a1a}
.group{border:1px solid #ccc;border-radius:6px;padding:0.5rem 1rem;margin:1rem 0}
.network{border-left:6px solid #a33}.template{border-left:6px solid #36a}.lure{border-left:6px solid #3a6}
pre.template{white-space:pre-wrap;background:#f5f5f5;padding:0.5rem;border:none}
mark{background:#ffe08a}.muted{color:#777}table{border-collapse:collapse}td,th{padding:2px 8px;text-align:left}
</style></head><body>
<h1>Vigil clusters</h1>
<p>${networks.length} networks · ${lures.length} lures in several languages · ${templates.length} template groups · ${hubs.length} hub selectors excluded from linking</p>
${notes.map((n) => `<p class="muted">${escapeHtml(n)}</p>`).join('')}
${hubs.length ? `<h2>Hub selectors (not used to link)</h2><ul>${hubRows}</ul>` : ''}
<h2>Networks</h2>${networks.map(groupSection).join('\n') || '<p class="muted">none</p>'}
<h2>Lures in several languages</h2>${lures.map(groupSection).join('\n') || '<p class="muted">none</p>'}
<h2>Template groups</h2>${templates.map(groupSection).join('\n') || '<p class="muted">none</p>'}
</body></html>
`;
}
