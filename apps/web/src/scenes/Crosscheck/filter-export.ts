import type { FilterExportBody, SharingKey } from './sharing-api.ts';

/** Groups a filter can be made for: those with at least one key that is not revoked. */
export function usableGroups(keys: readonly SharingKey[]): string[] {
  return [...new Set(keys.filter((k) => k.revokedAt === null).map((k) => k.sharingGroup))].sort();
}

export interface FilterExportForm {
  sharingGroup: string;
  expiresInDays: number | string;
  /** As typed, e.g. "1e-6"; empty for the server's default. */
  fpRate: string;
  contact: string;
}

/** The request body for the form, or the reason it cannot be sent (same bounds as the API schema). */
export function filterExportBody(form: FilterExportForm): FilterExportBody | { error: string } {
  const sharingGroup = form.sharingGroup.trim();
  if (!sharingGroup) return { error: 'Choose a sharing group' };
  const days = Number(form.expiresInDays);
  if (!Number.isInteger(days) || days < 1 || days > 3650) return { error: 'Validity must be 1 to 3650 days' };
  const body: FilterExportBody = { sharingGroup, expiresInDays: days };
  if (form.fpRate.trim()) {
    const rate = Number(form.fpRate);
    if (!Number.isFinite(rate) || rate <= 0 || rate > 0.1)
      return { error: 'False-positive rate must be above 0 and at most 0.1' };
    body.fpRate = rate;
  }
  if (form.contact.trim()) body.contact = form.contact.trim();
  return body;
}

/** A file name that says what the filter is: set, group and version (.vgf like the CLI). */
export function filterFileName(header: { setName: string; sharingGroupId: string; filterVersion: number }) {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x';
  return `${slug(header.setName)}.${slug(header.sharingGroupId)}.v${header.filterVersion}.vgf`;
}

export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
