/**
 * @jest-environment node
 *
 * The add-in manifest: valid against Microsoft's XSDs (offline, with xmllint and the copies in
 * ./schemas), and saying what the add-in needs — Excel, ExcelApi 1.9, read/write access, the two
 * ribbon buttons, icons that exist at the sizes named, defined resources, Swedish with English.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const SCHEMA = path.join(__dirname, 'schemas', 'OfficeAppManifestV1_1.xsd');
/** Where `npm run dev-server` serves dist/, which mirrors the repository's assets/ folder. */
const DEV_BASE_URL = 'https://localhost:3000/';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs xmllint; a missing xmllint fails the test with how to install it (never a skip). */
function xmllint(args: readonly string[]): Run {
  const result = spawnSync('xmllint', ['--nonet', ...args], { encoding: 'utf8' });
  if (result.error) {
    if ((result.error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        'xmllint is not installed, so the manifest cannot be checked. Install it: ' +
          '`sudo apt-get install libxml2-utils` (Debian/Ubuntu); macOS ships it.',
      );
    }
    throw result.error;
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The element step `*[local-name()='Name']`: the manifest mixes three namespaces. */
const el = (name: string): string => `*[local-name()='${name}']`;
/** The predicate "has xsi:type = type". */
const ofType = (type: string): string =>
  `[@*[local-name()='type' and namespace-uri()='${XSI}']='${type}']`;

/** The string value of an XPath expression over the manifest ('' when it selects nothing). */
function xpathString(expr: string): string {
  return xmllint(['--xpath', `string(${expr})`, MANIFEST]).stdout.trim();
}

function xpathCount(expr: string): number {
  return Number(xmllint(['--xpath', `count(${expr})`, MANIFEST]).stdout.trim());
}

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };

/** The values of the attributes an XPath expression selects, in document order. */
function xpathAttributes(expr: string): string[] {
  const { stdout } = xmllint(['--xpath', expr, MANIFEST]);
  return [...stdout.matchAll(/[\w:.-]+="([^"]*)"/g)].map((match) =>
    match[1]!.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) =>
      name.startsWith('#x') || name.startsWith('#X')
        ? String.fromCodePoint(parseInt(name.slice(2), 16))
        : name.startsWith('#')
          ? String.fromCodePoint(parseInt(name.slice(1), 10))
          : (ENTITIES[name] ?? entity),
    ),
  );
}

type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';
const RESOURCE_ELEMENT: Record<ResourceKind, string> = {
  Images: 'Image',
  Urls: 'Url',
  ShortStrings: 'String',
  LongStrings: 'String',
};

const resourcePath = (kind: ResourceKind, id?: string): string =>
  `//${el('Resources')}/${el(kind)}/${el(RESOURCE_ELEMENT[kind])}${id === undefined ? '' : `[@id='${id}']`}`;

/** A resource's default value, or its value for a locale. */
function resource(kind: ResourceKind, id: string, locale?: string): string {
  const base = resourcePath(kind, id);
  return xpathString(locale ? `${base}/${el('Override')}[@Locale='${locale}']/@Value` : `${base}/@DefaultValue`);
}

interface RibbonButton {
  readonly id: string;
  readonly label: string;
  readonly labelEn: string;
  readonly tooltip: string;
  readonly action: string;
}

function ribbonButtons(): RibbonButton[] {
  return xpathAttributes(`//${el('Control')}${ofType('Button')}/@id`).map((id) => {
    const control = `//${el('Control')}[@id='${id}']`;
    const labelId = xpathString(`${control}/${el('Label')}/@resid`);
    return {
      id,
      label: resource('ShortStrings', labelId),
      labelEn: resource('ShortStrings', labelId, 'en-US'),
      tooltip: resource('LongStrings', xpathString(`${control}/${el('Supertip')}/${el('Description')}/@resid`)),
      action: xpathString(`${control}/${el('Action')}/@*[local-name()='type' and namespace-uri()='${XSI}']`),
    };
  });
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The repository file the development server serves at a URL of the manifest. */
function fileForUrl(url: string): string {
  if (!url.startsWith(DEV_BASE_URL)) throw new Error(`${url} is not under ${DEV_BASE_URL}`);
  return path.join(ROOT, ...url.slice(DEV_BASE_URL.length).split('/'));
}

describe('manifest.xml', () => {
  it('is valid against the Office add-in manifest schemas (offline)', () => {
    const { status, stderr } = xmllint(['--noout', '--schema', SCHEMA, MANIFEST]);
    // On failure the comparison shows xmllint's messages (line, element, what it expected).
    expect({ status, stderr: stderr.trim() }).toEqual({ status: 0, stderr: `${MANIFEST} validates` });
  });

  it('is an Excel task pane add-in needing ExcelApi 1.9 and read/write access', () => {
    const app = `/${el('OfficeApp')}`;
    expect(xpathString(`${app}/@*[local-name()='type' and namespace-uri()='${XSI}']`)).toBe('TaskPaneApp');
    expect(xpathAttributes(`${app}/${el('Hosts')}/${el('Host')}/@Name`)).toEqual(['Workbook']);
    expect(xpathAttributes(`${app}/${el('Requirements')}/${el('Sets')}/${el('Set')}/@Name`)).toEqual(['ExcelApi']);
    expect(xpathString(`${app}/${el('Requirements')}//${el('Set')}[@Name='ExcelApi']/@MinVersion`)).toBe('1.9');
    expect(xpathString(`${app}/${el('Permissions')}`)).toBe('ReadWriteDocument');
    expect(xpathString(`${app}/${el('Version')}`)).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(xpathString(`${app}/${el('DefaultSettings')}/${el('SourceLocation')}/@DefaultValue`)).toBe(
      `${DEV_BASE_URL}taskpane.html`,
    );
    const overrideHosts = `${app}/${el('VersionOverrides')}/${el('Hosts')}/${el('Host')}`;
    expect(xpathCount(overrideHosts)).toBe(1);
    expect(xpathCount(`${overrideHosts}${ofType('Workbook')}`)).toBe(1);
  });

  it('puts a Budgetuppföljning group with two buttons on the Home tab', () => {
    const group = `//${el('ExtensionPoint')}${ofType('PrimaryCommandSurface')}/${el('OfficeTab')}[@id='TabHome']/${el('Group')}`;
    expect(xpathCount(group)).toBe(1);
    expect(resource('ShortStrings', xpathString(`${group}/${el('Label')}/@resid`))).toBe('Budgetuppföljning');
    expect(xpathCount(`${group}/${el('Control')}`)).toBe(2);

    const buttons = ribbonButtons();
    expect(buttons.map(({ label, labelEn, action }) => ({ label, labelEn, action }))).toEqual([
      { label: 'Skapa uppföljning', labelEn: 'Build follow-up', action: 'ShowTaskpane' },
      { label: 'Uppdatera uppföljningar', labelEn: 'Refresh follow-ups', action: 'ExecuteFunction' },
    ]);
    for (const button of buttons) expect(button.tooltip).not.toBe('');
  });

  it('opens the task pane from "Skapa uppföljning"', () => {
    const build = ribbonButtons().find((button) => button.action === 'ShowTaskpane')!;
    const action = `//${el('Control')}[@id='${build.id}']/${el('Action')}`;
    expect(xpathString(`${action}/${el('TaskpaneId')}`)).toBe('ButtonId1');
    expect(resource('Urls', xpathString(`${action}/${el('SourceLocation')}/@resid`))).toBe(
      `${DEV_BASE_URL}taskpane.html`,
    );
  });

  it('runs refreshFollowUps from the commands page for "Uppdatera uppföljningar"', () => {
    const refresh = ribbonButtons().find((button) => button.action === 'ExecuteFunction')!;
    expect(xpathString(`//${el('Control')}[@id='${refresh.id}']/${el('Action')}/${el('FunctionName')}`)).toBe(
      'refreshFollowUps',
    );
    const functionFile = xpathString(`//${el('DesktopFormFactor')}/${el('FunctionFile')}/@resid`);
    expect(resource('Urls', functionFile)).toBe(`${DEV_BASE_URL}commands.html`);
  });

  it('defines every resid it references, as a resource of the right kind, and nothing unused', () => {
    const defined = (kind: ResourceKind): string[] => xpathAttributes(`${resourcePath(kind)}/@id`);
    const references: Record<ResourceKind, string[]> = {
      Images: xpathAttributes(`//${el('Icon')}/${el('Image')}/@resid`),
      Urls: xpathAttributes(`//${el('FunctionFile')}/@resid | //${el('Action')}/${el('SourceLocation')}/@resid`),
      ShortStrings: xpathAttributes(`//${el('Label')}/@resid | //${el('Supertip')}/${el('Title')}/@resid`),
      LongStrings: xpathAttributes(`//${el('Supertip')}/${el('Description')}/@resid`),
    };
    const allReferences = xpathAttributes('//@resid');
    expect(Object.values(references).flat().sort()).toEqual([...allReferences].sort());

    const allDefined = (Object.keys(references) as ResourceKind[]).flatMap(defined);
    expect(new Set(allDefined).size).toBe(allDefined.length);
    for (const kind of Object.keys(references) as ResourceKind[]) {
      const ids = defined(kind);
      const missing = references[kind].filter((id) => !ids.includes(id));
      expect({ kind, missing }).toEqual({ kind, missing: [] });
      const unused = ids.filter((id) => !references[kind].includes(id));
      expect({ kind, unused }).toEqual({ kind, unused: [] });
    }
  });

  it('offers every ribbon icon at 16, 32 and 80 px', () => {
    const iconLists = xpathCount(`//${el('Icon')}`);
    expect(iconLists).toBeGreaterThan(0);
    for (let i = 1; i <= iconLists; i++) {
      const sizes = xpathAttributes(`(//${el('Icon')})[${i}]/${el('Image')}/@size`).map(Number);
      expect(sizes.sort((a, b) => a - b)).toEqual([16, 32, 80]);
    }
  });

  it('points every icon URL at a PNG in assets/ of the size it claims', () => {
    const claims: { url: string; size: number; where: string }[] = [];
    const urlsOf = (setting: string): string[] => [
      ...xpathAttributes(`${setting}/@DefaultValue`),
      ...xpathAttributes(`${setting}/${el('Override')}/@Value`),
    ];
    for (const url of urlsOf(`/${el('OfficeApp')}/${el('IconUrl')}`)) claims.push({ url, size: 32, where: 'IconUrl' });
    for (const url of urlsOf(`/${el('OfficeApp')}/${el('HighResolutionIconUrl')}`)) {
      claims.push({ url, size: 64, where: 'HighResolutionIconUrl' });
    }
    for (const id of xpathAttributes(`${resourcePath('Images')}/@id`)) {
      const sizes = new Set(xpathAttributes(`//${el('Icon')}/${el('Image')}[@resid='${id}']/@size`).map(Number));
      expect({ id, sizes: sizes.size }).toEqual({ id, sizes: 1 });
      for (const url of urlsOf(resourcePath('Images', id))) claims.push({ url, size: [...sizes][0]!, where: id });
    }
    expect(claims.map((claim) => claim.where)).toEqual(
      expect.arrayContaining(['IconUrl', 'HighResolutionIconUrl', 'Icon.16x16', 'Icon.32x32', 'Icon.80x80']),
    );

    for (const { url, size, where } of claims) {
      const file = fileForUrl(url);
      expect({ where, url, exists: fs.existsSync(file) }).toEqual({ where, url, exists: true });
      expect({ where, url, ...pngSize(file) }).toEqual({ where, url, width: size, height: size });
    }
  });

  it('serves every page and image from the development server', () => {
    const urls = [
      ...xpathAttributes('//@DefaultValue').filter((value) => /^https?:/.test(value)),
      ...xpathAttributes(`//${el('Override')}/@Value`).filter((value) => /^https?:/.test(value)),
    ];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith(DEV_BASE_URL)).toBe(true);
    // The pages come from the webpack build; the HTML templates must exist.
    expect(fs.existsSync(path.join(ROOT, 'src', 'taskpane', 'taskpane.html'))).toBe(true);
    expect(fs.existsSync(path.join(ROOT, 'src', 'commands', 'commands.html'))).toBe(true);
  });

  it('speaks Swedish by default, with English (en-US) overrides for every text', () => {
    expect(xpathString(`/${el('OfficeApp')}/${el('DefaultLocale')}`)).toBe('sv-SE');
    expect(xpathString(`/${el('OfficeApp')}/${el('DisplayName')}/@DefaultValue`)).toBe('Budgetuppföljning');
    expect(xpathString(`/${el('OfficeApp')}/${el('DisplayName')}/${el('Override')}[@Locale='en-US']/@Value`)).toBe(
      'Budget Follow-up',
    );
    const description = `/${el('OfficeApp')}/${el('Description')}`;
    expect(xpathString(`${description}/@DefaultValue`)).toMatch(/uppföljning/i);
    expect(xpathString(`${description}/${el('Override')}[@Locale='en-US']/@Value`)).toMatch(/follow-up/i);

    for (const kind of ['ShortStrings', 'LongStrings'] as const) {
      for (const id of xpathAttributes(`${resourcePath(kind)}/@id`)) {
        const sv = resource(kind, id);
        const en = resource(kind, id, 'en-US');
        expect({ id, sv: sv !== '', en: en !== '' }).toEqual({ id, sv: true, en: true });
        expect(xpathCount(`${resourcePath(kind, id)}/${el('Override')}`)).toBe(1);
      }
    }
  });
});
