/** Copying a follow-up's summary and tables: what to copy, and what became of the last copy. */
import { useCallback, useState } from 'react';
import type * as React from 'react';
import type { CheckboxOnChangeData } from '@fluentui/react-components';
import type { BuildOutcome } from '../../../app';
import { escapeHtml, sectionsToHtml, sectionsToText, type SectionKind } from '../../../app/presentation';
import { copyToClipboard } from '../../copyToClipboard';

/** What the last copy did. */
export type CopyStatus = 'idle' | 'copiedText' | 'copiedTable' | 'failed';

/** The tables "Kopiera tabell" copies: the unit table, and the account table when wanted. */
export function tableKinds(outcome: BuildOutcome, includeAccountTable: boolean): SectionKind[] {
  const has = (kind: SectionKind): boolean => outcome.report.sections.some((s) => s.kind === kind);
  const kinds: SectionKind[] = [];
  if (has('unitTable')) kinds.push('unitTable');
  if (has('accountTable') && (includeAccountTable || kinds.length === 0)) kinds.push('accountTable');
  return kinds;
}

/** The summary as HTML paragraphs (Word keeps the paragraphs, and takes the document's font). */
function summaryHtml(summary: string): string {
  return summary
    .split(/\n+/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('');
}

/** The outcome view's state and handlers. */
export function useOutcomeView(outcome: BuildOutcome) {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const [includeAccountTable, setIncludeAccountTable] = useState(true);
  const hasUnitTable = outcome.report.sections.some((s) => s.kind === 'unitTable');
  const hasAccountTable = outcome.report.sections.some((s) => s.kind === 'accountTable');

  const onCopyTextClick = useCallback(async (): Promise<void> => {
    const copied = await copyToClipboard({ text: outcome.summary, html: summaryHtml(outcome.summary) });
    setStatus(copied ? 'copiedText' : 'failed');
  }, [outcome]);

  const onCopyTableClick = useCallback(async (): Promise<void> => {
    const kinds = tableKinds(outcome, includeAccountTable);
    const copied = await copyToClipboard({ text: sectionsToText(outcome.report, kinds), html: sectionsToHtml(outcome.report, kinds) });
    setStatus(copied ? 'copiedTable' : 'failed');
  }, [outcome, includeAccountTable]);

  const onIncludeAccountTableChange = useCallback((_event: React.ChangeEvent<HTMLInputElement>, data: CheckboxOnChangeData): void => {
    setIncludeAccountTable(data.checked === true);
  }, []);

  return {
    status,
    canCopyTable: hasUnitTable || hasAccountTable,
    offerAccountTable: hasUnitTable && hasAccountTable,
    includeAccountTable,
    onCopyTextClick,
    onCopyTableClick,
    onIncludeAccountTableChange,
  };
}
