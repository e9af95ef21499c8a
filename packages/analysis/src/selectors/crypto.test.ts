import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE58_ALPHABET, base58CheckEncode } from './crypto/base58.ts';
import { encodeSegwit } from './crypto/bech32.ts';
import { toChecksumAddress } from './crypto/ethereum.ts';
import { encodeMoneroAddress } from './crypto/monero.ts';
import { cryptoKind, parseCryptoAddress } from './crypto.ts';
import { itKeepsSelectorProperties } from './kind-properties.testkit.ts';

// Public test vectors: Bitcoin wiki / genesis (base58), BIP-173 and BIP-350 (segwit), EIP-55 (Ethereum),
// the Monero general-fund address, and TRON's USDT contract address. None is personal data.
const BTC_P2PKH = '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa';
const BTC_P2SH = '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy';
const BTC_P2WPKH = 'BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4';
const BTC_P2WSH = 'bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3';
const BTC_TAPROOT = 'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0';
const ETH_EIP55 = [
  '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
  '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
];
const XMR = '44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A';
const TRX = 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';

const hash160 = new Uint8Array(20).map((_, i) => (i * 7 + 3) & 0xff);
const LTC_L = base58CheckEncode(Uint8Array.from([0x30, ...hash160]));
const LTC_M = base58CheckEncode(Uint8Array.from([0x32, ...hash160]));
const LTC_BECH32 = encodeSegwit('ltc', 0, hash160);
const keys = new Uint8Array(64).map((_, i) => (i * 13 + 5) & 0xff);
const XMR_INTEGRATED = encodeMoneroAddress(Uint8Array.from([19, ...keys, 1, 2, 3, 4, 5, 6, 7, 8]));
const XMR_SUBADDRESS = encodeMoneroAddress(Uint8Array.from([42, ...keys]));

const value = (address: string) => parseCryptoAddress(address)?.value ?? null;

describe('crypto kind', () => {
  it('accepts Bitcoin base58check and segwit (bech32, bech32m) addresses', () => {
    expect(value(BTC_P2PKH)).toBe(`btc:${BTC_P2PKH}`);
    expect(value(BTC_P2SH)).toBe(`btc:${BTC_P2SH}`);
    expect(value(BTC_P2WPKH)).toBe(`btc:${BTC_P2WPKH.toLowerCase()}`);
    expect(value(BTC_P2WSH)).toBe(`btc:${BTC_P2WSH}`);
    expect(value(BTC_TAPROOT)).toBe(`btc:${BTC_TAPROOT}`);
  });

  it('rejects BIP-350 invalid vectors, testnet and unused witness versions', () => {
    expect(value('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh')).toBeNull(); // v0 with bech32m checksum
    expect(value('bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd')).toBeNull(); // v1 with bech32
    expect(value('BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7Kv8f3t4')).toBeNull(); // mixed case
    expect(value('tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7')).toBeNull();
    expect(value(encodeSegwit('bc', 2, new Uint8Array(16)))).toBeNull();
  });

  it('round-trips the segwit encoder on BIP-173 vectors', () => {
    expect(
      encodeSegwit('bc', 0, Uint8Array.from(Buffer.from('751e76e8199196d454941c45d1b3a323f1433bd6', 'hex'))),
    ).toBe(BTC_P2WPKH.toLowerCase());
  });

  it('checks EIP-55 and keeps ETH lower-case', () => {
    for (const a of ETH_EIP55) expect(value(a)).toBe(`eth:${a.toLowerCase()}`);
    expect(toChecksumAddress(ETH_EIP55[0]!.toLowerCase())).toBe(ETH_EIP55[0]);
    expect(parseCryptoAddress(ETH_EIP55[0]!.toLowerCase())?.flags).toEqual(['unchecksummed']);
    expect(parseCryptoAddress(`0x${ETH_EIP55[0]!.slice(2).toUpperCase()}`)?.flags).toEqual(['unchecksummed']);
    expect(value('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD')).toBeNull(); // one letter's case flipped
  });

  it('checks Monero standard, integrated and subaddress forms', () => {
    expect(value(XMR)).toBe(`xmr:${XMR}`);
    expect(XMR_INTEGRATED).toHaveLength(106);
    expect(value(XMR_INTEGRATED)).toBe(`xmr:${XMR_INTEGRATED}`);
    expect(XMR_SUBADDRESS.startsWith('8')).toBe(true);
    expect(value(XMR_SUBADDRESS)).toBe(`xmr:${XMR_SUBADDRESS}`);
    expect(value(`${XMR.slice(0, 40)}${XMR[40] === 'a' ? 'b' : 'a'}${XMR.slice(41)}`)).toBeNull();
  });

  it('checks TRON and Litecoin base58check and bech32', () => {
    expect(value(TRX)).toBe(`trx:${TRX}`);
    expect(value(`${TRX.slice(0, -1)}u`)).toBeNull();
    expect(value(LTC_L)).toBe(`ltc:${LTC_L}`);
    expect(value(LTC_M)).toBe(`ltc:${LTC_M}`);
    expect(value(LTC_BECH32)).toBe(`ltc:${LTC_BECH32}`);
  });

  it('extracts addresses from text with raw text and offsets', () => {
    const text = `Pay only crypto: BTC ${BTC_TAPROOT}, USDT (TRC20) ${TRX}; ETH:${ETH_EIP55[1]}. bitcoin:${BTC_P2PKH}?amount=0.1`;
    const found = cryptoKind.extract(text, {});
    expect(found.map((m) => m.value)).toEqual([
      `btc:${BTC_TAPROOT}`,
      `trx:${TRX}`,
      `eth:${ETH_EIP55[1]!.toLowerCase()}`,
      `btc:${BTC_P2PKH}`,
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.raw);
  });

  it('does not take parts of longer tokens, hex hashes or words', () => {
    expect(cryptoKind.extract(`x${BTC_P2PKH} ${BTC_P2PKH}x 0x${'ab'.repeat(32)}`, {})).toEqual([]);
    expect(cryptoKind.extract('Lovely Mature Thai lady, Tantric massage 1hour', {})).toEqual([]);
  });

  it('rejects random strings of the right alphabet and length', () => {
    const base58 = fc.constantFrom(...BASE58_ALPHABET);
    const candidate = fc.oneof(
      fc.tuple(fc.constantFrom('1', '3', 'L', 'M', 'T'), fc.array(base58, { minLength: 33, maxLength: 33 })),
      fc.tuple(fc.constantFrom('4', '8'), fc.array(base58, { minLength: 94, maxLength: 94 })),
    );
    fc.assert(
      fc.property(candidate, ([head, tail]) => {
        expect(cryptoKind.extract(`pay ${head}${tail.join('')} now`, {})).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('normalises prefixed values and URIs', () => {
    expect(cryptoKind.normalize(` bitcoin:${BTC_P2WPKH}?amount=1 `)).toBe(`btc:${BTC_P2WPKH.toLowerCase()}`);
    expect(cryptoKind.normalize(`usdt-trc20:${TRX}`)).toBe(`trx:${TRX}`);
    expect(cryptoKind.normalize('btc:not-an-address')).toBeNull();
  });

  itKeepsSelectorProperties(cryptoKind, [
    BTC_P2PKH,
    BTC_P2WPKH,
    BTC_TAPROOT,
    ETH_EIP55[0]!,
    XMR,
    TRX,
    LTC_BECH32,
    '0x',
    'bc1',
    '1111',
  ]);
});
