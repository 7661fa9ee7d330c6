/** Copying a follow-up's summary and tables: what can be copied, and what became of the last copy. */
import { useCallback, useEffect, useState } from 'react';
import type { BuildOutcome } from '../../../app';
import type * as ClipboardFormsModule from '../../../app/clipboardForms';
import type { SectionKind } from '../../../app/presentation';
import { copyToClipboard } from '../../copyToClipboard';

type ClipboardForms = typeof ClipboardFormsModule;

/** The clipboard forms, loaded on first use (the first screen does without them). */
function loadClipboardForms(): Promise<ClipboardForms> {
  return import(/* webpackChunkName: "clipboard" */ '../../../app/clipboardForms');
}

/** What the last copy did. */
export type CopyStatus = 'idle' | 'copiedText' | 'copiedTable' | 'failed';

/**
 * The blocks a committee document takes one at a time, each its own copy button: the unit table,
 * the key figures (seed 004's protocol excerpt), the account analysis, the indicators (the yearly
 * and the monthly table together) and the forecast accuracy (both its tables). Only those the
 * follow-up holds are offered.
 */
export const COPYABLE_TABLES = ['unitTable', 'keyFigures', 'accountTable', 'indicators', 'forecastAccuracy'] as const satisfies readonly SectionKind[];

/** A block that can be copied on its own. */
export type CopyableTable = (typeof COPYABLE_TABLES)[number];

/** The copyable blocks a follow-up holds, in the order of COPYABLE_TABLES. */
export function copyableTables(outcome: BuildOutcome): CopyableTable[] {
  return COPYABLE_TABLES.filter((kind) => outcome.report.sections.some((s) => s.kind === kind));
}

/** The summary as HTML paragraphs (Word keeps the paragraphs, and takes the document's font). */
function summaryHtml(summary: string, escapeHtml: ClipboardForms['escapeHtml']): string {
  return summary
    .split(/\n+/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('');
}

/** The outcome view's state and handlers. */
export function useOutcomeView(outcome: BuildOutcome) {
  const [status, setStatus] = useState<CopyStatus>('idle');
  // Loaded as the view appears, so a click copies at once: a browser keeps the click's permission
  // to write the clipboard only for a short while.
  const [forms, setForms] = useState<ClipboardForms | null>(null);
  useEffect(() => {
    let shown = true;
    void loadClipboardForms().then((m) => {
      if (shown) setForms(m);
    });
    return () => {
      shown = false;
    };
  }, []);

  const onCopyTextClick = useCallback(async (): Promise<void> => {
    const { escapeHtml } = forms ?? (await loadClipboardForms());
    const copied = await copyToClipboard({ text: outcome.summary, html: summaryHtml(outcome.summary, escapeHtml) });
    setStatus(copied ? 'copiedText' : 'failed');
  }, [outcome, forms]);

  const onCopyTableClick = useCallback(
    async (kind: CopyableTable): Promise<void> => {
      const { copySections } = forms ?? (await loadClipboardForms());
      const copied = await copyToClipboard(copySections(outcome.report, [kind]));
      setStatus(copied ? 'copiedTable' : 'failed');
    },
    [outcome, forms],
  );

  return { status, tables: copyableTables(outcome), onCopyTextClick, onCopyTableClick };
}
