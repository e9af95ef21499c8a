import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Random } from './random.ts';

/**
 * Synthetic mobile numbers per country and the ways ads write them. Numbers are random but valid
 * per libphonenumber metadata; they belong to nobody we know of and are used only in benchmarks.
 */
export interface PhoneSpec {
  region: string;
  /** National digits as written in the country, with trunk prefix. */
  national: string;
  e164: string;
}

type Maker = (r: Random) => string;

const MAKERS: Record<string, Maker> = {
  US: (r) =>
    `${r.pick(['503', '212', '415', '702', '305', '312', '713', '404', '206', '617'])}${r.int(2, 9)}${r.digits(6)}`,
  CA: (r) => `${r.pick(['416', '604', '514', '403', '613'])}${r.int(2, 9)}${r.digits(6)}`,
  GB: (r) => `07${r.pick(['4', '5', '7', '8', '9'])}${r.digits(8)}`,
  AU: (r) => `04${r.digits(8)}`,
  IN: (r) => `${r.pick(['9', '8', '7'])}${r.digits(9)}`,
  NL: (r) => `06${r.int(1, 5)}${r.digits(7)}`,
  DE: (r) =>
    `01${r.pick(['51', '52', '60', '62', '70', '71', '72', '73', '75', '76', '77', '78', '79'])}${r.digits(r.chance(0.5) ? 7 : 8)}`,
  FR: (r) => `0${r.pick(['6', '7'])}${r.digits(8)}`,
  ES: (r) => `6${r.digits(8)}`,
  PL: (r) => `${r.pick(['5', '6', '7', '8'])}${r.digits(8)}`,
  RO: (r) => `07${r.pick(['2', '3', '4', '5', '6', '7'])}${r.digits(7)}`,
  UA: (r) =>
    `0${r.pick(['50', '66', '67', '68', '63', '73', '93', '95', '96', '97', '98', '99'])}${r.digits(7)}`,
  IT: (r) => `3${r.pick(['20', '28', '33', '35', '38', '39', '40', '45', '47', '48', '49'])}${r.digits(7)}`,
  BE: (r) => `04${r.pick(['6', '7', '8', '9'])}${r.digits(7)}`,
};

export const PHONE_REGIONS = Object.keys(MAKERS);

export function makePhone(r: Random, region: string): PhoneSpec {
  for (;;) {
    const national = MAKERS[region]!(r);
    const p = parsePhoneNumberFromString(national, region as never);
    const t = p?.getType();
    if (p?.isValid() && (t === 'MOBILE' || t === 'FIXED_LINE_OR_MOBILE'))
      return { region, national, e164: p.number };
  }
}

/** Plain national or international renderings, as honest ads write them. */
export function formatPlain(r: Random, p: PhoneSpec, international: boolean): string {
  const cc = p.e164.slice(1, p.e164.length - nsn(p).length);
  const n = nsn(p);
  if (international) {
    const body = groupDigits(r, n, p.region);
    return r.pick([
      `+${cc} ${body}`,
      `+${cc}${n}`,
      `00${cc} ${body}`,
      `(+${cc}) ${body}`,
      `+${cc}-${body.replace(/ /g, '-')}`,
    ]);
  }
  const d = p.national;
  if (p.region === 'US' || p.region === 'CA') {
    return r.pick([
      `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`,
      `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`,
      `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}`,
      d,
      `1-${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`,
    ]);
  }
  return r.pick([
    d,
    groupDigits(r, d, p.region),
    groupDigits(r, d, p.region).replace(/ /g, '-'),
    groupDigits(r, d, p.region).replace(/ /g, '.'),
  ]);
}

function nsn(p: PhoneSpec): string {
  return parsePhoneNumberFromString(p.e164)!.nationalNumber;
}

function groupDigits(r: Random, d: string, region: string): string {
  const styles: Record<string, number[][]> = {
    FR: [[2, 2, 2, 2, 2]],
    NL: [
      [2, 8],
      [2, 2, 2, 2, 2],
      [3, 3, 4],
    ],
    GB: [
      [5, 6],
      [4, 3, 4],
    ],
    AU: [[4, 3, 3]],
    DE: [
      [4, 7],
      [4, 3, 4],
      [3, 8],
    ],
    IN: [
      [5, 5],
      [3, 3, 4],
    ],
    ES: [
      [3, 3, 3],
      [3, 2, 2, 2],
    ],
    PL: [[3, 3, 3]],
    RO: [[4, 3, 3]],
    UA: [
      [3, 3, 2, 2],
      [3, 3, 4],
    ],
    IT: [
      [3, 3, 4],
      [3, 7],
    ],
    BE: [[4, 2, 2, 2]],
  };
  const pattern = r.pick(styles[region] ?? [[3, 3, 4]]);
  const out: string[] = [];
  let pos = 0;
  for (const len of pattern) {
    if (pos >= d.length) break;
    out.push(d.slice(pos, pos + len));
    pos += len;
  }
  if (pos < d.length) out[out.length - 1] += d.slice(pos);
  return out.join(' ');
}
