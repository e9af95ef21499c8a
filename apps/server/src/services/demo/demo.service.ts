import { randomBytes } from 'node:crypto';
import type { Actor } from '../../auth/actor.ts';
import { hashPassword } from '../../auth/password.ts';
import { authorize } from '../../policies/access.policy.ts';
import { addTeamMember, insertTeam, listOperations } from '../../repositories/operation.repository.ts';
import { ensureCountries } from '../../repositories/reference.repository.ts';
import { insertUser } from '../../repositories/user.repository.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { conflict } from '../errors.ts';
import { storeItem } from '../item.service.ts';
import { createLead } from '../lead.service.ts';
import { createOperation } from '../operation.service.ts';
import { createPerson } from '../person.service.ts';
import {
  changePlatformStatus,
  createPlatforms,
  flagPlatform,
  type PlatformInput,
} from '../platform.service.ts';
import {
  DEMO_CITIES,
  DEMO_COUNTRIES,
  DEMO_FIRST_NAMES,
  DEMO_TEMPLATES,
  PHONE_PREFIX,
  PLATFORM_KIND_MIX,
} from './demo-data.ts';

/** A small deterministic generator, so the demo is the same on every machine. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!,
    int: (a: number, b: number) => a + Math.floor(next() * (b - a + 1)),
  };
}

export interface DemoOptions {
  items?: number;
}

/**
 * Load the synthetic demo operation: 20 countries, about 100 users, 114 platforms, a few thousand
 * items in several languages, people and leads. Everything is marked synthetic.
 */
export async function loadDemo(ctx: ServiceContext, actor: Actor, options: DemoOptions = {}) {
  authorize(actor, 'demo.load');
  if ((await listOperations(ctx.database.db)).length > 0)
    throw conflict('the demo loads only on an install with no operation');
  const random = seeded(2022);
  await ensureCountries(
    ctx.database.db,
    DEMO_COUNTRIES.map(([code, name]) => ({ code, name })),
  );
  const operation = await createOperation(
    ctx,
    actor,
    {
      name: 'SYNTHETIC DEMO: EU online action day against trafficking',
      description: 'Synthetic demonstration data. No real person, platform or number.',
      startsAt: new Date(Date.now() - 8 * 3600_000).toISOString(),
      endsAt: new Date(Date.now() + 2 * 3600_000).toISOString(),
      focus: ['sexual_exploitation', 'labour_exploitation', 'vulnerable_group'],
      focusGroup: { key: 'ukrainian_refugees', label: 'Ukrainian refugees', nationality: 'UA' },
      countries: DEMO_COUNTRIES.map(([code]) => code),
    },
    true,
  );
  const passwordHash = await hashPassword(randomBytes(24).toString('base64url'));
  const teams: { id: string; country: string }[] = [];
  await inTransaction(ctx, async (tx) => {
    let n = 0;
    for (const [code, name] of DEMO_COUNTRIES) {
      const team = await insertTeam(tx, { operationId: operation.id, name: `Team ${name}`, country: code });
      teams.push({ id: team.id, country: code });
      for (const role of ['investigator', 'investigator', 'investigator', 'analyst', 'observer'] as const) {
        n++;
        const user = await insertUser(tx, {
          email: `demo.${role}.${n}@synthetic.invalid`,
          name: `${random.pick(DEMO_FIRST_NAMES)} ${code}-${n} (synthetic)`,
          role,
          country: code,
          passwordHash,
        });
        await addTeamMember(tx, team.id, user.id);
      }
    }
  });
  const platformInputs: PlatformInput[] = [];
  let index = 0;
  for (const [kind, count] of PLATFORM_KIND_MIX) {
    for (let i = 0; i < count && platformInputs.length < 114; i++) {
      index++;
      const onion = kind === 'dark_web';
      platformInputs.push({
        name: `Synthetic ${kind.replace('_', ' ')} ${index}`,
        kind,
        addresses: [
          onion
            ? `http://synthetic${index}${'x'.repeat(40)}.onion/`
            : `https://${kind.replace('_', '-')}-${index}.example.test/`,
        ],
        languages: [random.pick(['en', 'uk', 'ru', 'pl', 'de', 'ro'])],
        countries: [random.pick(DEMO_COUNTRIES)[0]],
        targetGroups: random.next() < 0.27 ? ['ukrainian_refugees'] : [],
        cse: onion && random.next() < 0.6,
        teamId: random.pick(teams).id,
      });
    }
  }
  const platforms = await createPlatforms(ctx, actor, operation.id, platformInputs);
  for (const platform of platforms) {
    const steps = ['monitored', 'checked', 'suspected', 'confirmed'];
    const depth = random.next() < 0.55 ? 4 : random.next() < 0.5 ? 2 : 1;
    let version = platform.version;
    for (const status of steps.slice(0, depth === 4 ? random.int(1, 4) : depth)) {
      version = (
        await changePlatformStatus(ctx, actor, platform.id, {
          version,
          status,
          reason: 'synthetic demo step',
        })
      ).version;
    }
    if (random.next() < 0.18)
      await flagPlatform(ctx, actor, platform.id, {
        version,
        flagged: true,
        reason: 'synthetic demo',
        monitoringSchedule: 'every 6h',
      });
  }
  const itemCount = options.items ?? 2000;
  const itemIds: string[] = [];
  for (let start = 0; start < itemCount; start += 100) {
    await inTransaction(ctx, async (tx) => {
      for (let i = start; i < Math.min(itemCount, start + 100); i++) {
        const template = random.pick(DEMO_TEMPLATES);
        const country = random.pick(Object.keys(PHONE_PREFIX));
        const phone = `${PHONE_PREFIX[country]}${random.int(1000000, 9999999)}`.slice(0, 16);
        const text = template.text
          .replaceAll('{name}', random.pick(DEMO_FIRST_NAMES))
          .replaceAll('{age}', String(random.int(18, 29)))
          .replaceAll('{city}', random.pick(DEMO_CITIES))
          .replaceAll('{phone}', phone)
          .replaceAll('{price}', String(random.int(5, 40) * 10))
          .replaceAll('{handle}', `synthetic_${random.int(1, 400)}`);
        const owner = random.pick(teams).country;
        const row = await storeItem(tx, actor, operation.id, {
          text: `${text} [synthetic ${i}]`,
          title: `Synthetic ad ${i}`,
          url: `https://${random.pick(platforms).addresses[0]?.replace(/^https?:\/\//, '') ?? 'example.test/'}ad/${i}`,
          platformId: random.pick(platforms).id,
          country,
          ownerCountry: owner,
          handling: random.next() < 0.85 ? 'operation' : 'owner',
        });
        if (row) itemIds.push(row.id);
      }
    });
  }
  const roles: [string, number][] = [
    ['suspect', 11],
    ['victim', 45],
    ['username', 80],
  ];
  for (const [role, count] of roles) {
    for (let i = 0; i < count; i++) {
      const focus = role === 'suspect' ? i < 5 : role === 'victim' ? i < 25 : i < 30;
      await createPerson(ctx, actor, operation.id, {
        role,
        name: `Synthetic ${role} ${i + 1}`,
        username: role === 'username' ? `synthetic_user_${i + 1}` : null,
        nationality:
          role === 'victim'
            ? focus
              ? 'UA'
              : random.pick(DEMO_COUNTRIES)[0]
            : random.pick(DEMO_COUNTRIES)[0],
        focusGroup: focus,
        linkedToExploitation: role === 'username' && focus,
        ownerCountry: random.pick(teams).country,
        itemIds: [random.pick(itemIds)],
      });
    }
  }
  for (let i = 0; i < 20; i++) {
    await createLead(ctx, actor, operation.id, {
      title: `Synthetic lead ${i + 1}: shared phone across platforms`,
      sourceType: 'item',
      sourceId: random.pick(itemIds),
      ownerCountry: random.pick(teams).country,
    });
  }
  return {
    operationId: operation.id,
    platforms: platforms.length,
    items: itemIds.length,
    users: teams.length * 5,
  };
}
