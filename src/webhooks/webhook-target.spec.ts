import { isPublicAddress, refuseTarget } from './webhook-target';

describe('webhook targets', () => {
  it('refuses loopback, unspecified, private, CGNAT, link-local, metadata, multicast and broadcast addresses, also IPv4-mapped', () => {
    for (const address of [
      '127.0.0.1', '127.1.2.3', '0.0.0.0', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '100.64.0.1', '169.254.169.254',
      '224.0.0.1', '255.255.255.255', '::', '::1', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a9fe:a9fe', '64:ff9b::7f00:1',
    ]) {
      expect({ address, public: isPublicAddress(address) }).toEqual({ address, public: false });
    }
  });

  it('allows public addresses', () => {
    for (const address of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2001:4860:4860::8888', '::ffff:8.8.8.8']) {
      expect({ address, public: isPublicAddress(address) }).toEqual({ address, public: true });
    }
  });

  it('reads numeric forms of an address as the URL parser does', async () => {
    for (const url of ['http://0x7f000001/', 'http://2130706433/', 'http://0177.0.0.1/', 'http://127.1/', 'http://[::ffff:127.0.0.1]/', 'http://[::1]:5432/']) {
      expect({ url, refusal: await refuseTarget(url) }).toEqual({ url, refusal: 'webhook_target_private' });
    }
    expect(await refuseTarget('https://93.184.216.34/hooks')).toBeNull();
  });

  it('checks every address a name resolves to, and refuses a name that does not resolve', async () => {
    const resolvesTo = (...addresses: string[]) => ((_: string, __: unknown, cb: (e: null, a: { address: string; family: number }[]) => void) =>
      cb(null, addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })))) as never;
    expect(await refuseTarget('https://mottak.example.no/', resolvesTo('93.184.216.34'))).toBeNull();
    expect(await refuseTarget('https://mottak.example.no/', resolvesTo('93.184.216.34', '10.0.0.1'))).toBe('webhook_target_private');
    const fails = ((_: string, __: unknown, cb: (e: Error, a: never[]) => void) => cb(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }), [])) as never;
    expect(await refuseTarget('https://mottak.example.no/', fails)).toBe('webhook_target_unresolvable');
    expect(await refuseTarget('https://user:pw@93.184.216.34/')).toBe('webhook_target_invalid');
  });
});
