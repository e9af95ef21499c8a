import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handleKind, isWholeWord, KEYWORD, nextKeyword } from './handle.ts';
import { itKeepsSelectorProperties } from './kind-properties.testkit.ts';

const values = (text: string) => handleKind.extract(text, {}).map((m) => m.value);

describe('handle kind: after a service name', () => {
  it.each([
    ['telegram: @anna_x', ['telegram:anna_x']],
    ['tg @anna', ['telegram:anna']],
    ['insta: anna.x', ['instagram:anna.x']],
    ['snap - annax', ['snapchat:annax']],
    ['Write me on Telegram @Anna_X or WhatsApp +31 6 12345678', ['telegram:anna_x']],
    ['Телеграм: @anna_x, инста anna.x', ['telegram:anna_x', 'instagram:anna.x']],
    ['telegram/whatsapp: @anna_x', ['telegram:anna_x']],
    ['Telegram / TG: @anna_x', ['telegram:anna_x']],
    ['Telegram:\n@anna_x', ['telegram:anna_x']],
    ['Telegram\nanna_x', ['telegram:anna_x']],
    ['insta/snap - anna.x', ['instagram:anna.x', 'snapchat:anna.x']],
    ['threema: abcd1234', ['threema:ABCD1234']],
    ['line id: anna_x', ['line:anna_x']],
    ['wechat anna_x1', ['wechat:anna_x1']],
    ['微信: anna_x1', ['wechat:anna_x1']],
    ['Skype: live:.cid.123abc', ['skype:live:.cid.123abc']],
    ['OnlyFans: Anna.X', ['onlyfans:anna.x']],
    ['of: anna', ['onlyfans:anna']],
    ['signal: anna.42', ['signal:anna.42']],
    ['TikTok @anna.x', ['tiktok:anna.x']],
    ['fb - anna.x.5', ['facebook:anna.x.5']],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    'a lot of anna',
    'telegram channel and whatsapp group',
    'add me on snapchat and',
    'the signal is weak',
    'online massage, line up',
    'tg anna',
    'telegram @ab',
    'I use instagram, tiktok',
    'watch tt now',
    'I use Telegram daily',
    'Write me on Telegram Anna',
    'Snapchat\nAnna is 23',
  ])('finds nothing in %s', (text) => {
    expect(values(text)).toEqual([]);
  });

  it('keeps the handle as raw, with offsets', () => {
    const text = 'Telegram:  @Anna_X!';
    const [m] = handleKind.extract(text, {});
    expect(m).toMatchObject({ value: 'telegram:anna_x', raw: '@Anna_X' });
    expect(text.slice(m!.start, m!.end)).toBe('@Anna_X');
  });
});

describe('handle kind: links', () => {
  it.each([
    ['https://t.me/Anna_X?utm_source=1', 'telegram:anna_x'],
    ['telegram.me/s/channel_1', 'telegram:channel_1'],
    ['t.me/joinchat/AbCdEf123456', 'telegram:+AbCdEf123456'],
    ['t.me/+AbCdEf123456', 'telegram:+AbCdEf123456'],
    ['tg://resolve?domain=anna_x', 'telegram:anna_x'],
    ['wa.me/31612345678', 'whatsapp:+31612345678'],
    ['https://api.whatsapp.com/send?phone=31612345678&text=hi', 'whatsapp:+31612345678'],
    ['chat.whatsapp.com/AbCdEfGhIjKlMnOp', 'whatsapp:group/AbCdEfGhIjKlMnOp'],
    ['https://signal.me/#p/+31612345678', 'signal:p/+31612345678'],
    ['https://signal.group/#CjQKIAbCdEfGh', 'signal:group/CjQKIAbCdEfGh'],
    ['viber://chat?number=%2B31612345678', 'viber:+31612345678'],
    ['snapchat.com/add/AnnaX', 'snapchat:annax'],
    ['www.instagram.com/anna.x/', 'instagram:anna.x'],
    ['instagram.com/stories/anna.x/123', 'instagram:anna.x'],
    ['onlyfans.com/anna_x', 'onlyfans:anna_x'],
    ['tiktok.com/@anna.x', 'tiktok:anna.x'],
    ['facebook.com/profile.php?id=1000123456', 'facebook:id/1000123456'],
    ['m.facebook.com/Anna.X.5', 'facebook:anna.x.5'],
    ['m.me/anna.x', 'facebook:anna.x'],
    ['skype:anna.x.99?chat', 'skype:anna.x.99'],
    ['https://line.me/ti/p/~anna_x', 'line:anna_x'],
    ['line.me/R/ti/p/@anna-shop', 'line:@anna-shop'],
    ['threema.id/ABCD1234', 'threema:ABCD1234'],
  ])('%s', (link, expected) => {
    const text = `contact: ${link}.`;
    const found = handleKind.extract(text, {});
    expect(found.map((m) => m.value)).toEqual([expected]);
    expect(found[0]?.raw).toBe(link);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(link);
  });

  it('ignores posts, shares and look-alike hosts', () => {
    expect(
      values(
        'instagram.com/p/Cx1 t.me/share/url?x facebook.com/groups/x tiktok.com/video/1 notinstagram.com/anna',
      ),
    ).toEqual([]);
  });
});

describe('handle kind: values', () => {
  it('normalises typed handles and links', () => {
    expect(handleKind.normalize('Telegram: @Anna_X')).toBe('telegram:anna_x');
    expect(handleKind.normalize('ig:anna.x')).toBe('instagram:anna.x');
    expect(handleKind.normalize('https://t.me/anna_x')).toBe('telegram:anna_x');
    expect(handleKind.normalize('myspace:anna')).toBeNull();
    expect(handleKind.normalize('telegram:a')).toBeNull();
  });

  it('validates canonical values only', () => {
    expect(handleKind.validate('telegram:anna_x')).toBe(true);
    expect(handleKind.validate('telegram:Anna_X')).toBe(false);
    expect(handleKind.validate('threema:ABCD1234')).toBe(true);
  });

  it('rates the same username on two services as a lead, not an identity', () => {
    expect(handleKind.compare('telegram:anna_x', 'telegram:anna_x')).toBe(1);
    expect(handleKind.compare('telegram:anna_x', 'instagram:anna_x')).toBe(0.5);
    expect(handleKind.compare('telegram:anna_x', 'telegram:anna_y')).toBe(0);
  });

  it('stays linear on long keyword lists and repeated links', () => {
    const text = `${'tg/'.repeat(300_000)}tg: @anna_x ${'t.me/'.repeat(100_000)}`;
    expect(handleKind.extract(text, {}).map((m) => m.value)).toEqual(['telegram:anna_x']);
  });

  itKeepsSelectorProperties(handleKind, [
    'telegram: @anna_x',
    'tg @',
    'insta/snap - ',
    'https://t.me/',
    'wa.me/3161234567',
    'signal.me/#p/',
    'skype:',
    'line.me/ti/p/~',
    'threema:',
    'Телеграм',
  ]);
});

describe('keyword scan', () => {
  // What the scan replaced: the global alternation at every character, filtered by isWholeWord.
  const byRegex = (text: string): string[] => {
    const out: string[] = [];
    const re = new RegExp(KEYWORD.source, 'gi');
    for (let k = re.exec(text); k !== null; k = re.exec(text))
      if (isWholeWord(text, k.index, k.index + k[0].length)) out.push(`${k.index}:${k[0]}`);
    return out;
  };
  const byScan = (text: string): string[] => {
    const out: string[] = [];
    for (let k = nextKeyword(text, 0); k !== null; k = nextKeyword(text, k.index + k[0].length))
      if (isWholeWord(text, k.index, k.index + k[0].length)) out.push(`${k.index}:${k[0]}`);
    return out;
  };
  const piece = fc.constantFrom(
    'telegram',
    'Telegram',
    'TG',
    'tg',
    'wa',
    'WhatsApp',
    'whats',
    'app',
    'only',
    'fans',
    'only fans',
    'line',
    'id',
    'line id',
    'wechat',
    'wechat id',
    'insta',
    'ig',
    'snap',
    'sc',
    'of',
    'fb',
    'viber',
    'телеграм',
    'ТГ',
    'вайбер',
    '微信',
    'x',
    'a',
    '_',
    '@',
    '.',
    ':',
    '/',
    ' ',
    '\t',
    '\n',
    '-',
    '1',
    'é',
    '.com',
    'me',
  );
  it('finds the same whole-word keywords as the global regex (property)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(byScan(text)).toEqual(byRegex(text));
      }),
      { numRuns: 3000 },
    );
  });
});
