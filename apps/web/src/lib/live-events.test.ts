import { describe, expect, it } from 'vitest';
import { compareEventIds, describeEvent, mergeEvents, parseEvent, queryKeysFor } from './live-events.ts';
import type { LiveEvent } from './types.ts';

const event = (id: string, type = 'item.created', payload: unknown = {}): LiveEvent => ({
  id,
  type,
  time: '2026-11-28T10:00:00Z',
  actor: { id: 'u1', name: 'Ana', country: 'NL' },
  payload,
});

describe('queryKeysFor', () => {
  it('invalidates platforms, figures and the platform history on a status change', () => {
    expect(queryKeysFor(event('1', 'platform.status_changed', { id: 'p1' }), 'op1')).toEqual([
      ['op', 'op1', 'platforms'],
      ['op', 'op1', 'figures'],
      ['platform', 'p1', 'history'],
    ]);
  });

  it('uses the named id field when the payload has one', () => {
    expect(queryKeysFor(event('1', 'lead.commented', { leadId: 'l9', id: 'c1' }), 'op1')).toContainEqual([
      'lead',
      'l9',
    ]);
  });

  it('invalidates claims and platforms on claims and alerts', () => {
    expect(queryKeysFor(event('1', 'alert.deconfliction'), 'o')).toEqual([
      ['op', 'o', 'claims'],
      ['op', 'o', 'platforms'],
    ]);
  });

  it('refreshes hits and reference sets when hits arrive or a set changes', () => {
    expect(queryKeysFor(event('1', 'hit.created'), 'o')).toEqual([
      ['op', 'o', 'hits'],
      ['op', 'o', 'reference-sets'],
      ['op', 'o', 'figures'],
    ]);
    expect(queryKeysFor(event('1', 'reference_set.versioned'), 'o')).toEqual([
      ['op', 'o', 'reference-sets'],
      ['op', 'o', 'hits'],
    ]);
  });

  it('only refreshes presence on presence changes', () => {
    expect(queryKeysFor(event('1', 'presence.changed'), 'o')).toEqual([['op', 'o', 'presence']]);
  });

  it('survives hostile payloads', () => {
    for (const payload of [null, 42, 'x', [], { id: { toString: null } }]) {
      expect(() => queryKeysFor(event('1', 'person.updated', payload), 'o')).not.toThrow();
    }
  });
});

describe('compareEventIds', () => {
  it('orders numeric ids numerically', () => {
    expect(compareEventIds('9', '10')).toBeLessThan(0);
    expect(compareEventIds('100', '20')).toBeGreaterThan(0);
    expect(compareEventIds('12', '12')).toBe(0);
  });
});

describe('mergeEvents', () => {
  it('puts the newest first, drops duplicates from a resumed stream and caps the feed', () => {
    const feed = mergeEvents([event('2'), event('1')], [event('3'), event('2'), event('10')], 3);
    expect(feed.map((e) => e.id)).toEqual(['10', '3', '2']);
  });
});

describe('parseEvent', () => {
  it('parses a server event', () => {
    const parsed = parseEvent(JSON.stringify(event('7', 'claim.created', { targetKey: 'p1' })), '7');
    expect(parsed).toMatchObject({ id: '7', type: 'claim.created', actor: { name: 'Ana' } });
  });

  it('falls back to the SSE id and rejects garbage', () => {
    expect(parseEvent('{"type":"item.created"}', '42')?.id).toBe('42');
    expect(parseEvent('not json', '1')).toBeNull();
    expect(parseEvent('{"id":"1"}', '1')).toBeNull();
    expect(parseEvent('null', '1')).toBeNull();
  });
});

describe('describeEvent', () => {
  it('names actor, action and subject', () => {
    const line = describeEvent(
      event('1', 'platform.status_changed', {
        name: 'Board X',
        from: 'monitored',
        status: 'checked',
        reason: 'ads',
      }),
    );
    expect(line).toBe('Ana (NL) changed status of Board X · monitored → checked · “ads”');
  });

  it('keeps hostile strings verbatim (they are rendered as text)', () => {
    const line = describeEvent(event('1', 'item.created', { title: '<img src=x onerror=alert(1)>' }));
    expect(line).toContain('<img src=x onerror=alert(1)>');
  });

  it('names both parties of a deconfliction alert and resolves platform ids', () => {
    const line = describeEvent(
      event('1', 'alert.deconfliction', {
        targetType: 'platform',
        targetKey: 'p1',
        parties: [
          { teamName: 'NL-1', country: 'NL' },
          { teamName: null, userName: 'Jan', country: 'DE' },
        ],
      }),
      (type, key) => (type === 'platform' && key === 'p1' ? 'Board X' : undefined),
    );
    expect(line).toBe('Deconfliction alert: Board X · claimed by NL-1 (NL) and Jan (DE)');
  });

  it('tells flagging from unflagging', () => {
    expect(describeEvent(event('1', 'platform.flagged', { name: 'B', flagged: false }))).toBe(
      'Ana (NL) removed follow-up flag from B',
    );
  });

  it('describes unknown types by their name', () => {
    expect(describeEvent({ ...event('1', 'hit.created'), actor: null })).toBe('hit.created');
  });
});
