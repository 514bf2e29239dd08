// Board fixtures (src/sites/fixtures) at their real addresses, for the board tests of
// both browsers: the address each fixture names, and whether a manifest pattern covers it.
/** A real-looking address for a fixture, from the template in its first-line comment. */
export function fixtureUrl(html: string): string | null {
  const template = /\((https:\/\/[^)\s]+)\)/.exec(html.split('\n', 1)[0] ?? '')?.[1];
  if (!template) return null;
  return template
    .replace('<uuid>', '5b2f6c1e-8d3a-4e7b-9c20-1f4a6e8b3d57')
    .replace(/<(id|req|reference)>/g, '48213')
    .replace(/<[a-z]+>/gi, 'acme');
}

/** Whether a manifest match pattern covers `url` (scheme, host with `*.`, path with `*`). */
export function matches(pattern: string, url: string): boolean {
  const [, host, path] = /^https:\/\/([^/]+)(\/.*)$/.exec(pattern) ?? [];
  if (!host || !path) return false;
  const u = new URL(url);
  const hostOk = host.startsWith('*.')
    ? u.hostname.endsWith(host.slice(1)) || u.hostname === host.slice(2)
    : u.hostname === host;
  const pathRe = new RegExp(
    `^${path
      .split('*')
      .map((p) => p.replace(/[.?+^$()[\]{}|\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return hostOk && pathRe.test(u.pathname + u.search);
}
