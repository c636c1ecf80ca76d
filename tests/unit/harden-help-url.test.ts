import { describe, expect, it } from 'vitest';
import { isOrdinaryHttpsSite } from '../../lib/directory/help-url';
import { helpSiteUrl } from '../../lib/quick-exit/open-site';
import { SERVICES } from '../../lib/directory/services';

describe('help websites are ordinary https sites (issue 26)', () => {
  it.each(['https://www.veiligthuis.nl/', 'https://113.nl/chat?x=1', 'https://hulp-1.test/', 'https://xn--mnchen-3ya.de/'])('opens %s', (url) => {
    expect(isOrdinaryHttpsSite(url)).toBe(true);
  });

  it.each([
    ['http', 'http://www.veiligthuis.nl/'],
    ['IPv4', 'https://127.0.0.1/'],
    ['IPv4 written as a number', 'https://2130706433/'],
    ['IPv4 in hex', 'https://0x7f.1/'],
    ['a private address', 'https://192.168.1.1/'],
    ['IPv6', 'https://[::1]/'],
    ['localhost', 'https://localhost/'],
    ['a localhost subdomain', 'https://hulp.localhost/'],
    ['a user name', 'https://user@www.veiligthuis.nl/'],
    ['a user name and password', 'https://user:pw@www.veiligthuis.nl/'],
    ['its own port', 'https://www.veiligthuis.nl:8443/'],
    ['no top-level domain', 'https://intranet/'],
    ['a numeric top-level domain', 'https://hulp.123/'],
    ['another scheme', 'javascript:alert(1)'],
    ['a file', 'file:///etc/passwd'],
    ['not an address', 'veilig thuis'],
  ])('refuses %s', (_, url) => {
    expect(isOrdinaryHttpsSite(url)).toBe(false);
  });

  it('the address a help site is opened with: a bare host name becomes https; http, IP addresses and localhost are refused', () => {
    expect(helpSiteUrl('www.veiligthuis.nl')).toBe('https://www.veiligthuis.nl');
    expect(helpSiteUrl('https://www.veiligthuis.nl/chat')).toBe('https://www.veiligthuis.nl/chat');
    for (const site of ['http://www.veiligthuis.nl/', '127.0.0.1', 'http://127.0.0.1:8080/', 'https://127.0.0.1/', 'localhost', 'https://a:b@veiligthuis.nl/']) {
      expect(helpSiteUrl(site), site).toBeNull();
    }
  });

  it("every directory service's website passes", () => {
    for (const service of SERVICES.filter((s) => s.website)) expect(helpSiteUrl(service.website!), service.id).not.toBeNull();
  });
});
