// Types for demo/server.mjs (the demo job board of fictional sample postings).

export interface DemoCatalogEntry {
  /** Path of the page inside demo/, e.g. "postings/harborline-rn-care-manager.html". */
  file: string;
  /** The page's address: a real board URL, or one on the demo server's origin. */
  url: string;
  title: string;
  company: string | null;
  /** Whether the employer is in healthcare; null for pages that are not postings. */
  healthcare: boolean | null;
  isPosting: boolean;
  style: 'linkedin' | 'greenhouse' | 'lever' | 'career-site';
  segment: string | null;
  /** Whether the page carries schema.org JobPosting JSON-LD. */
  jsonLd: boolean;
  /** Where the demo server itself serves the file (`${origin}/${file}`). */
  localUrl: string;
}

export interface DemoServer {
  /** e.g. "http://127.0.0.1:41234" (no trailing slash). */
  origin: string;
  close(): Promise<void>;
  catalog: DemoCatalogEntry[];
}

export function startDemoServer(port?: number, host?: string): Promise<DemoServer>;
export function loadCatalog(origin: string): Promise<DemoCatalogEntry[]>;
