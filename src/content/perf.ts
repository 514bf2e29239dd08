// User-timing entries for the extension's own main-thread work, named `mission-lens:*`.
// They land in the page's performance timeline, where `npm run bench:page` reads them.
export const now = () => performance.now();

export function measure(name: string, start: number, end = performance.now()): number {
  try {
    performance.measure(`mission-lens:${name}`, { start, end });
  } catch {
    // A page may have replaced `performance`; timing is never worth an error.
  }
  return end - start;
}
