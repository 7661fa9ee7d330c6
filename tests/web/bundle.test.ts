/**
 * @jest-environment node
 *
 * The production build of the add-in (webpack.config.js), built once into a temporary folder:
 * office.js comes from Microsoft's CDN and is never bundled, the task pane's initial JavaScript
 * stays within its gzip budget, and nothing in the bundles talks to the network.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureDist } from '../support/dist';
import * as zlib from 'node:zlib';

const ROOT = path.resolve(__dirname, '..', '..');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** What taskpane.html loads up front may weigh this much gzipped (zlib's default level). */
const TASKPANE_GZIP_BUDGET = 200 * 1024;
/**
 * Hosts a bundle may name: Microsoft's CDN, and the documentation and XML namespace URLs that
 * libraries keep in their error messages and DOM code. They are strings, never fetched. Add a host
 * here only after checking that the code merely mentions it.
 */
const ALLOWED_HOSTS = new Set([
  'appsforoffice.microsoft.com',
  'www.w3.org',
  'reactjs.org',
  'react.dev',
  'fb.me',
]);
/** Traces of office.js itself (property names and strings survive minification). */
const OFFICE_JS_TRACES = [/\.ClientRequestContext\s*=/, /\bHostSpecificFileVersion\w*\s*=/, /OfficeDebugJS/];
/** Ways browser code sends data out. The add-in promises "nothing leaves the workbook". */
const NETWORK_CALLS = [
  /(?<![\w$])fetch\s*\(/,
  /\bsendBeacon\b/,
  /\bXMLHttpRequest\b/,
  /\bnew\s+WebSocket\b/,
  /\bnew\s+EventSource\b/,
];

let outDir = '';

/** The files an HTML page loads with <script src>, in order. */
function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!);
}

function read(file: string): string {
  return fs.readFileSync(path.join(outDir, file), 'utf8');
}

function bundles(): string[] {
  return fs.readdirSync(outDir).filter((file) => file.endsWith('.js'));
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

beforeAll(async () => {
  outDir = await ensureDist();
}, 300_000);

describe('the production bundle', () => {
  it('loads office.js from Microsoft\'s CDN before the bundles, on both pages', () => {
    for (const page of ['taskpane.html', 'commands.html']) {
      const scripts = scriptSources(read(page));
      expect({ page, first: scripts[0] }).toEqual({ page, first: OFFICE_JS });
      expect(scripts.filter((src) => /^https?:/.test(src))).toEqual([OFFICE_JS]);
    }
  });

  it('does not contain office.js', () => {
    for (const file of bundles()) {
      const code = read(file);
      for (const trace of OFFICE_JS_TRACES) expect({ file, officeJs: trace.test(code) }).toEqual({ file, officeJs: false });
    }
    // The source maps list every module that went in.
    for (const map of fs.readdirSync(outDir).filter((file) => file.endsWith('.js.map'))) {
      const sources = (JSON.parse(read(map)) as { sources: string[] }).sources;
      expect(sources.filter((source) => /office-js|office\.js/i.test(source))).toEqual([]);
    }
  });

  it(`keeps the task pane's initial JavaScript within ${kib(TASKPANE_GZIP_BUDGET)} gzipped`, () => {
    const local = scriptSources(read('taskpane.html')).filter((src) => !/^https?:/.test(src));
    expect(local.length).toBeGreaterThan(0);
    const sizes = local.map((src) => {
      const bytes = fs.readFileSync(path.join(outDir, src));
      return { src, raw: bytes.length, gzip: zlib.gzipSync(bytes).length };
    });
    const gzip = sizes.reduce((sum, size) => sum + size.gzip, 0);
    const report = sizes.map((size) => `${size.src}: ${kib(size.raw)} raw, ${kib(size.gzip)} gzip`).join('; ');
    expect({ gzip: kib(gzip), withinBudget: gzip <= TASKPANE_GZIP_BUDGET, report }).toEqual({
      gzip: kib(gzip),
      withinBudget: true,
      report,
    });
  });

  it('keeps React and Fluent UI in a vendor chunk that only the task pane loads', () => {
    const taskpane = scriptSources(read('taskpane.html'));
    const commands = scriptSources(read('commands.html'));
    expect(taskpane.some((src) => /^vendor\.[0-9a-f]{8}\.js$/.test(src))).toBe(true);
    expect(commands.filter((src) => !/^https?:/.test(src))).toEqual([expect.stringMatching(/^commands\.[0-9a-f]{8}\.js$/)]);
    const commandsCode = commands.filter((src) => !/^https?:/.test(src)).map(read).join('\n');
    expect(commandsCode).not.toMatch(/react\.dev\/errors|__reactContainer|FluentProvider/);
  });

  it('registers the refreshFollowUps command the manifest names', () => {
    const commands = scriptSources(read('commands.html')).filter((src) => !/^https?:/.test(src));
    expect(commands.map(read).join('\n')).toContain('refreshFollowUps');
  });

  it('names no other host than Microsoft\'s CDN and documentation links, and calls no network API', () => {
    const files = [...bundles(), 'taskpane.html', 'commands.html'];
    const offending: string[] = [];
    for (const file of files) {
      const code = read(file);
      for (const [url] of code.matchAll(/https?:\/\/[^\s"'`<>()\\,;]+/g)) {
        const host = URL.canParse(url) ? new URL(url).hostname : '';
        if (!ALLOWED_HOSTS.has(host)) offending.push(`${file}: ${url}`);
      }
      for (const call of NETWORK_CALLS) if (call.test(code)) offending.push(`${file}: ${call.source}`);
    }
    expect(offending).toEqual([]);
  });

  it('has content-hashed bundles with source maps in separate files', () => {
    for (const file of bundles()) {
      expect(file).toMatch(/^[\w-]+\.[0-9a-f]{8}\.js$/);
      const mapComment = read(file).match(/\/\/# sourceMappingURL=(\S+)\s*$/);
      expect({ file, map: mapComment?.[1] }).toEqual({ file, map: `${file}.map` });
      expect(fs.existsSync(path.join(outDir, `${file}.map`))).toBe(true);
    }
  });

  it('ships the manifest and the icons beside the pages', () => {
    expect(read('manifest.xml')).toBe(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'));
    for (const size of [16, 32, 64, 80]) {
      const icon = `assets/icon-${size}.png`;
      expect(fs.readFileSync(path.join(outDir, icon)).equals(fs.readFileSync(path.join(ROOT, icon)))).toBe(true);
    }
  });
});
