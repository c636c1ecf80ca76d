/**
 * A help website is opened only when its address is an ordinary public https site: no `http:`
 * (anyone on the network reads and changes it), no IP address such as 127.0.0.1 and no
 * `localhost` (something on this computer or network, not a help service), no user name or
 * password in the address, no port of its own, and a host name with a top-level domain of letters.
 * Applies to every address, from the directory, a library's policy or a message.
 */
export function isOrdinaryHttpsSite(address: string): boolean {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return false;
  // The URL parser writes every IPv4 form (0x7f.1, 2130706433) as dotted digits, IPv6 in brackets.
  const host = url.hostname;
  if (host.startsWith('[') || /^[\d.]+$/.test(host)) return false;
  if (host === 'localhost' || host.endsWith('.localhost')) return false;
  return /^([a-z0-9-]+\.)+([a-z]{2,}|xn--[a-z0-9-]+)$/.test(host);
}
