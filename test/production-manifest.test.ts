/**
 * The urlDev → urlProd rewrite of the manifest (scripts/_lib/production-manifest.cjs): the
 * address typed by an office's administrator is checked, and the dev origin leaves no trace.
 * The full build with an address is in test/browser/production-build.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AddinUrlError, addinBaseUrl, manifestVersion, productionManifest } from '../scripts/_lib/production-manifest.cjs';

const MANIFEST = readFileSync(join(resolve(__dirname, '..'), 'manifest.xml'), 'utf8');

describe('addinBaseUrl', () => {
  it.each([
    ['https://wenming.example.gov.cn/addin', 'https://wenming.example.gov.cn/addin/'],
    ['https://wenming.example.gov.cn/addin/', 'https://wenming.example.gov.cn/addin/'],
    [' https://10.12.0.8:8443 ', 'https://10.12.0.8:8443/'],
  ])('%s → %s', (given, base) => {
    expect(addinBaseUrl(given)).toBe(base);
  });

  it('is undefined when no address was given', () => {
    expect([undefined, '', true].map(addinBaseUrl)).toEqual([undefined, undefined, undefined]);
  });

  it.each([
    ['http://wenming.example.gov.cn/addin/', /必须以 https:\/\/ 开头/],
    ['wenming.example.gov.cn/addin', /不是有效的网址/],
    ['https://localhost:3000/', /不能是本机/],
    ['https://wenming.example.gov.cn/addin/?v=2', /不能带 \? 或 #/],
  ])('refuses %s', (given, message) => {
    expect(() => addinBaseUrl(given)).toThrow(AddinUrlError);
    expect(() => addinBaseUrl(given)).toThrow(message);
  });
});

describe('productionManifest', () => {
  it('moves every URL under the address, keeps an origin an origin, and sets the version', () => {
    const withDomain = MANIFEST.replace('<Hosts>', '<AppDomains><AppDomain>https://localhost:3000</AppDomain></AppDomains>\n  <Hosts>');
    const out = productionManifest(withDomain, { base: 'https://wenming.example.gov.cn/addin/', version: '1.2.3' });
    expect(out).not.toMatch(/localhost/i);
    expect(out).toContain('<SourceLocation DefaultValue="https://wenming.example.gov.cn/addin/taskpane.html"/>');
    expect(out).toContain('<bt:Url id="Commands.Url" DefaultValue="https://wenming.example.gov.cn/addin/commands.html"/>');
    expect(out).toContain('<AppDomain>https://wenming.example.gov.cn</AppDomain>');
    expect(out).toContain('<Version>1.2.3.0</Version>');
    expect(out).not.toContain('--env');
  });

  it('refuses a dev URL it does not know how to move', () => {
    expect(() => productionManifest(MANIFEST.replace('https://localhost:3000/help.html', 'https://localhost:8080/help.html'), { base: 'https://a.example/', version: '1.0.0' })).toThrow(/仍含有 localhost/);
  });

  it('turns the package version into the manifest’s four parts', () => {
    expect(manifestVersion('0.1.0')).toBe('0.1.0.0');
    expect(() => manifestVersion('1.0.0-beta.1')).toThrow(/三段数字/);
  });
});
