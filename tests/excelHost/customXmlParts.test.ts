/// <reference types="office-js" />
/**
 * Custom XML parts on the host (ExcelApi 1.5), each rule as the Excel.CustomXmlPartCollection,
 * CustomXmlPartScopedCollection and CustomXmlPart references give it: well-formed XML only, the
 * namespace from the root's xmlns, getByNamespace a collection, an id of Excel's choosing, getXml
 * the full XML, delete, requirement set; and the parts survive a save to .xlsx and a reopen.
 */
import * as path from 'node:path';
import { createExcelHost } from '../support/excelHost/host';
import { loadSnapshotFromXlsx, saveSnapshotToXlsx } from '../support/excelHost/xlsx';
import { checkXml } from '../support/excelHost/xmlCheck';
import { tempDir } from '../support/tmp';
import { LEDGER, rejectionOf, useHost } from './useHost';

const NS = 'http://schemas.contoso.com/review/1.0';
const REVIEW = `<Reviewers xmlns='${NS}'><Reviewer>Juan</Reviewer><Reviewer>Hong</Reviewer></Reviewers>`;
const dir = tempDir();

describe('custom XML parts', () => {
  it('adds a part with an id of Excel\'s own, files it under its root\'s namespace and gives its XML back whole', async () => {
    const host = useHost(LEDGER);
    const out = await Excel.run(async (context) => {
      const part = context.workbook.customXmlParts.add(REVIEW);
      part.load('id,namespaceUri');
      const xml = part.getXml();
      await context.sync();
      return { id: part.id, ns: part.namespaceUri, xml: xml.value };
    });
    expect(out.id).toMatch(/^\{[0-9A-F]{8}-[0-9A-F-]+\}$/);
    expect(out).toMatchObject({ ns: NS, xml: REVIEW });
    expect(host.snapshot().customXmlParts).toEqual([{ id: out.id, namespaceUri: NS, xml: REVIEW }]);
  });

  it('refuses XML that is not well-formed with InvalidArgument, adding nothing', async () => {
    const host = useHost(LEDGER);
    for (const bad of ['', 'text', '<a>', '<a></b>', '<a x=1/>', '<a x="1" x="2"/>', '<a>&nbsp;</a>', '<a/><b/>', '<p:a/>', '<a>\u0001</a>', '<a>]]></a>']) {
      const e = await rejectionOf(
        Excel.run(async (context) => {
          context.workbook.customXmlParts.add(bad);
          await context.sync();
        }),
      );
      expect([bad, e.code]).toEqual([bad, 'InvalidArgument']);
    }
    expect(host.snapshot().customXmlParts).toBeUndefined();
  });

  it('accepts what XML allows: a declaration, comments, CDATA, references, prefixes declared on the root', () => {
    expect(checkXml(`<?xml version="1.0"?><!-- c --><r:x xmlns:r="${NS}" a='&lt;&#x22;'><![CDATA[<&>]]><?pi x?>a &amp; b<y/></r:x>\n`)).toEqual({ ok: true, namespaceUri: NS });
    expect(checkXml('<x/>')).toEqual({ ok: true, namespaceUri: '' });
  });

  it('getByNamespace gives a collection of that namespace\'s parts only; getOnlyItem needs exactly one', async () => {
    useHost({ ...LEDGER, customXmlParts: [{ xml: REVIEW }, { xml: '<other xmlns="urn:x"/>' }, { xml: REVIEW.replace('Juan', 'Sally') }] });
    const counts = await Excel.run(async (context) => {
      const mine = context.workbook.customXmlParts.getByNamespace(NS);
      mine.load('items/id,items/namespaceUri');
      const n = mine.getCount();
      const none = context.workbook.customXmlParts.getByNamespace('urn:none').getOnlyItemOrNullObject();
      const all = context.workbook.customXmlParts.getCount();
      await context.sync();
      return { items: mine.items.map((p) => p.namespaceUri), n: n.value, none: none.isNullObject, all: all.value };
    });
    expect(counts).toEqual({ items: [NS, NS], n: 2, none: true, all: 3 });
    const e = await rejectionOf(
      Excel.run(async (context) => {
        context.workbook.customXmlParts.getByNamespace(NS).getOnlyItem().getXml();
        await context.sync();
      }),
    );
    expect(e.code).toBe('ItemNotFound');
  });

  it('getItem finds a part by its id; a deleted part is gone (ItemNotFound; a null object)', async () => {
    useHost({ ...LEDGER, customXmlParts: [{ id: '{AAAA}', xml: REVIEW }] });
    const gone = await Excel.run(async (context) => {
      context.workbook.customXmlParts.getItem('{AAAA}').delete();
      const again = context.workbook.customXmlParts.getItemOrNullObject('{AAAA}');
      await context.sync();
      return again.isNullObject;
    });
    expect(gone).toBe(true);
    const e = await rejectionOf(
      Excel.run(async (context) => {
        context.workbook.customXmlParts.getItem('{AAAA}').getXml();
        await context.sync();
      }),
    );
    expect(e.code).toBe('ItemNotFound');
  });

  it('setXml replaces the whole XML (well-formed only) and may move the part to another namespace', async () => {
    const host = useHost({ ...LEDGER, customXmlParts: [{ id: '{B}', xml: REVIEW }] });
    await Excel.run(async (context) => {
      context.workbook.customXmlParts.getItem('{B}').setXml('<n xmlns="urn:new"/>');
      await context.sync();
    });
    expect(host.snapshot().customXmlParts).toEqual([{ id: '{B}', namespaceUri: 'urn:new', xml: '<n xmlns="urn:new"/>' }]);
    const e = await rejectionOf(Excel.run(async (context) => void (context.workbook.customXmlParts.getItem('{B}').setXml('<n>'), await context.sync())));
    expect(e.code).toBe('InvalidArgument');
  });

  it('is ExcelApi 1.5: an older Excel fails with ApiNotFound', async () => {
    useHost(LEDGER, { excelApi: '1.4' });
    const e = await rejectionOf(Excel.run(async (context) => void (context.workbook.customXmlParts.add(REVIEW), await context.sync())));
    expect(e.code).toBe('ApiNotFound');
  });

  it('keeps the parts, ids and XML, through a save to .xlsx and a reopen; a new part never takes a kept id', async () => {
    const host = createExcelHost({ ...LEDGER, customXmlParts: [{ xml: REVIEW }] });
    const file = path.join(dir, 'parts.xlsx');
    await saveSnapshotToXlsx(host.snapshot(), file);
    const reopened = await loadSnapshotFromXlsx(file);
    expect(reopened.customXmlParts).toEqual(host.snapshot().customXmlParts);
    const again = useHost(reopened);
    await Excel.run(async (context) => void (context.workbook.customXmlParts.add('<x xmlns="urn:x"/>'), await context.sync()));
    const ids = again.snapshot().customXmlParts!.map((p) => p.id);
    expect(new Set(ids).size).toBe(2);
  });
});
