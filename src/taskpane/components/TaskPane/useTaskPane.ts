/**
 * The task pane's state and effects: the workbook as inspected (with the user's column
 * corrections), the settings draft, the follow-up list, and the one action that may run at a time
 * (build or refresh) with its progress, result, and where focus goes afterwards.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type * as React from 'react';
import type { SelectionEvents } from '@fluentui/react-components';
import type { AppApi, AppError, BuildOutcome, Inspection, Progress, RefreshOutcome, Result } from '../../../app';
import { nextPeriod, type SheetLayout } from '../../../app/presentation';
import type { Lang, Strings } from '../../strings';
import { entriesOf, withBuilt, withRefreshed, type FollowUpEntry } from '../FollowUpList/followUpEntries';
import type { RefreshClickData } from '../FollowUpList/FollowUpList';
import type { ColumnRoleChangeData } from '../LedgerSheets/LedgerSheets';
import { rebaseEdits, withColumnRole, withEdit, withoutEdit, type LayoutEdits } from '../LedgerSheets/layouts';
import { checkPeriod } from '../SettingsForm/periodCheck';
import { defaultDraft, initialDraft, toBuildSettings, type SettingsDraft } from '../SettingsForm/settingsDraft';
import { columnHeaderOf, existingFollowUp } from './paneHelpers';
import { useLockMonth } from '../FollowUpList/useLockMonth';
import type { DraftChangeData, DraftChangeEvent } from '../SettingsForm/useSettingsForm';

/** The workbook as the pane knows it. */
export type WorkbookState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: AppError }
  | { readonly kind: 'ready'; readonly inspection: Inspection };

/** What is running now. */
export type Activity = { readonly kind: 'idle' } | { readonly kind: 'running'; readonly action: 'build' | 'refresh' | 'nextMonth'; readonly progress: Progress | null };

/** The result of the last action. */
export type ActionResult =
  | { readonly kind: 'built'; readonly outcome: BuildOutcome }
  | { readonly kind: 'buildFailed'; readonly error: AppError }
  | { readonly kind: 'refreshed'; readonly outcomes: readonly RefreshOutcome[] }
  | { readonly kind: 'refreshFailed'; readonly error: AppError };

/** A use case that threw instead of returning its error (a broken invariant): shown, not lost. */
function unexpected(e: unknown): AppError {
  return { kind: 'office', code: 'InternalError', message: e instanceof Error ? e.message : String(e) };
}

/** The pane's state and handlers. */
export function useTaskPane(api: AppApi, lang: Lang, s: Strings) {
  const [workbook, setWorkbook] = useState<WorkbookState>({ kind: 'loading' });
  const [edits, setEdits] = useState<LayoutEdits>(new Map());
  const [draft, setDraft] = useState<SettingsDraft>(() => defaultDraft(new Date()));
  const [followUps, setFollowUps] = useState<readonly FollowUpEntry[]>([]);
  const [activity, setActivity] = useState<Activity>({ kind: 'idle' });
  const [result, setResult] = useState<ActionResult | null>(null);
  const [navigationError, setNavigationError] = useState<AppError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // What the ribbon's Refresh said where no dialog could show it (refused, or closed with the command).
  const [ribbonNotice, setRibbonNotice] = useState<readonly string[]>([]);
  const [focusRequests, setFocusRequests] = useState(0);
  const resultHeadingRef = useRef<HTMLHeadingElement>(null);
  // A follow-up of the chosen month exists: the pane asks before making a second one.
  const [columnsOpen, setColumnsOpen] = useState(false);
  const [duplicate, setDuplicate] = useState<FollowUpEntry | null>(null);
  const duplicateRef = useRef<HTMLDivElement>(null);
  // The draft follows the workbook until the user touches it.
  const draftTouched = useRef(false);

  const inspect = useCallback(async (): Promise<void> => {
    setWorkbook({ kind: 'loading' });
    let r: Result<Inspection>;
    try {
      r = await api.inspectWorkbook();
    } catch (e) {
      r = { ok: false, error: unexpected(e) };
    }
    if (!r.ok) {
      setWorkbook({ kind: 'failed', error: r.error });
      return;
    }
    const inspection = r.value;
    setWorkbook({ kind: 'ready', inspection });
    setEdits((current) => rebaseEdits(current, inspection.layouts));
    setFollowUps(entriesOf(inspection.index.followUps, inspection.locks));
    if (!draftTouched.current) setDraft(initialDraft(inspection, new Date()));
  }, [api]);

  useEffect(() => {
    void inspect();
  }, [inspect]);

  useEffect(() => {
    let shown = true;
    api.takeRibbonNotice().then(
      (r) => {
        if (shown && r.ok && r.value.length > 0) setRibbonNotice(r.value);
      },
      // Nothing kept, or the workbook unreadable now: the inspection says the latter.
      () => undefined,
    );
    return () => {
      shown = false;
    };
  }, [api]);

  useEffect(() => {
    const heading = resultHeadingRef.current;
    if (focusRequests === 0 || !heading) return;
    // To the top of the pane, not its bottom edge where focus() alone leaves it (issue 8).
    if (typeof heading.scrollIntoView === 'function') heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }, [focusRequests]);

  useEffect(() => {
    if (duplicate) duplicateRef.current?.focus();
  }, [duplicate]);

  const detected = useMemo<readonly SheetLayout[]>(() => (workbook.kind === 'ready' ? workbook.inspection.layouts : []), [workbook]);
  const layouts = useMemo<readonly SheetLayout[]>(() => detected.map((l) => edits.get(l.sheet) ?? l), [detected, edits]);
  const changedSheets = useMemo(() => new Set(edits.keys()), [edits]);
  const coverage = workbook.kind === 'ready' ? workbook.inspection.coverage : null;
  const check = checkPeriod(draft.year, draft.month, draft.fiscalStart, coverage, s);
  const columnHeader = useMemo(
    () => columnHeaderOf(layouts, workbook.kind === 'ready' ? workbook.inspection.firstColumns : {}),
    [layouts, workbook],
  );
  // The organisation's name in the ledger's title, as the build takes it ("Kommunledningsstab", not "Huvudbok Kommunledningsstab 2025 (kr)").
  const ledgerTitle = workbook.kind === 'ready' ? workbook.inspection.organisation : null;
  const running = activity.kind === 'running';

  const onProgress = useCallback(
    (p: Progress): void => {
      setActivity((a) => (a.kind === 'running' ? { ...a, progress: p } : a));
      setAnnouncement(s.phases[p.phase]);
    },
    [s],
  );

  const start = (action: Extract<Activity, { kind: 'running' }>['action']): void => {
    setActivity({ kind: 'running', action, progress: null });
    setResult(null);
    setNavigationError(null);
    setAnnouncement(s.phases.reading);
  };

  const finish = (next: ActionResult, announce: string): void => {
    setActivity({ kind: 'idle' });
    setResult(next);
    setAnnouncement(announce);
    setFocusRequests((n) => n + 1);
  };

  /** Run a build (Build or Nästa månad) through `call`; the new follow-up is listed for `period`. */
  const runBuild = async (action: 'build' | 'nextMonth', call: () => Promise<Result<BuildOutcome>>, period: FollowUpEntry['period']): Promise<void> => {
    setDuplicate(null);
    start(action);
    let r: Result<BuildOutcome>;
    try {
      r = await call();
    } catch (e) {
      r = { ok: false, error: unexpected(e) };
    }
    if (r.ok) {
      const outcome = r.value;
      setFollowUps((entries) => withBuilt(entries, outcome, period));
      finish({ kind: 'built', outcome }, s.announceBuilt(outcome.sheetName));
    } else {
      finish({ kind: 'buildFailed', error: r.error }, s.announceFailed);
    }
  };

  const onDraftChange = useCallback((_event: DraftChangeEvent, data: DraftChangeData): void => {
    draftTouched.current = true;
    setDraft(data.draft);
    setDuplicate(null);
  }, []);

  const settings = toBuildSettings(draft, lang);
  const lock = useLockMonth(api, s, { setFollowUps, onError: setNavigationError, announce: setAnnouncement });

  const build = async (): Promise<void> => {
    if (settings === null || running) return;
    await runBuild('build', () => api.buildFollowUp({ settings, ...(edits.size > 0 ? { layouts: edits } : {}) }, onProgress), settings.period);
  };

  const onBuildClick = (): void => {
    if (settings === null || running) return;
    const existing = existingFollowUp(followUps, settings.period);
    if (existing) setDuplicate(existing);
    else void build();
  };

  const onRefreshClick = async (_event: React.MouseEvent<HTMLButtonElement> | null, { sheetIds }: RefreshClickData): Promise<void> => {
    if (running) return;
    setDuplicate(null);
    start('refresh');
    let r: Result<readonly RefreshOutcome[]>;
    try {
      r = await api.refreshFollowUps(sheetIds, onProgress);
    } catch (e) {
      r = { ok: false, error: unexpected(e) };
    }
    setFollowUps((entries) => withRefreshed(entries, sheetIds, r));
    if (r.ok) {
      const done = r.value.filter((o) => o.result.ok).length;
      finish({ kind: 'refreshed', outcomes: r.value }, s.announceRefreshed(done, r.value.length - done));
    } else {
      finish({ kind: 'refreshFailed', error: r.error }, s.announceFailed);
    }
  };

  const onNextMonthClick = async (sheetId: string): Promise<void> => {
    const source = followUps.find((e) => e.id === sheetId);
    if (running || !source) return;
    await runBuild('nextMonth', () => api.buildNextMonth(sheetId, onProgress), nextPeriod(source.period));
  };

  const navigate = async (go: () => Promise<Result<void>>): Promise<void> => {
    setNavigationError(null);
    let r: Result<void>;
    try {
      r = await go();
    } catch (e) {
      r = { ok: false, error: unexpected(e) };
    }
    if (!r.ok) setNavigationError(r.error);
  };

  return {
    workbook,
    layouts,
    changedSheets,
    ledgerTitle,
    draft,
    // Not before the workbook is read: the draft's defaults come from it.
    canBuild: settings !== null && !running && workbook.kind !== 'loading' && check.yearError === null,
    check,
    columnHeader,
    duplicate,
    duplicateRef,
    onRefreshExistingClick: (): void => {
      if (duplicate) void onRefreshClick(null, { sheetIds: [duplicate.id] });
    },
    onBuildAnotherClick: (): void => void build(),
    followUps,
    locking: lock.locking,
    lockNotice: lock.lockNotice,
    onLockClick: lock.onLockClick,
    activity,
    result,
    navigationError,
    ribbonNotice,
    onRibbonNoticeDismiss: (): void => setRibbonNotice([]),
    announcement,
    resultHeadingRef,
    onReloadClick: (): void => void inspect(),
    columnsOpen,
    onColumnsToggle: (_event: unknown, { open }: { readonly open: boolean }): void => setColumnsOpen(open),
    onColumnRoleChange: (_event: SelectionEvents, { sheet, column, role }: ColumnRoleChangeData): void => {
      const base = detected.find((l) => l.sheet === sheet);
      if (!base) return;
      setEdits((current) => withEdit(current, base, withColumnRole(current.get(sheet) ?? base, column, role)));
    },
    onRestoreClick: (_event: React.MouseEvent<HTMLButtonElement>, { sheet }: { readonly sheet: string }): void => {
      setEdits((current) => withoutEdit(current, sheet));
    },
    onDraftChange,
    onBuildClick,
    onRefreshClick: (event: React.MouseEvent<HTMLButtonElement>, data: RefreshClickData): void => void onRefreshClick(event, data),
    onNextMonthClick: (_event: React.MouseEvent<HTMLButtonElement>, { sheetId }: { readonly sheetId: string }): void => void onNextMonthClick(sheetId),
    onGoToSheetClick: (_event: React.MouseEvent<HTMLElement>, { sheetId }: { readonly sheetId: string }): void =>
      void navigate(() => api.goToSheet(sheetId)),
    onRowsBehindClick: (): void =>
      void navigate(async () => {
        const r = await api.showRowsBehindSelection();
        if (!r.ok) return r;
        setAnnouncement(s.announceRowsBehind(r.value.sheetName, r.value.rows));
        return { ok: true, value: undefined };
      }),
    onIssueClick: (_event: React.MouseEvent<HTMLElement>, { address }: { readonly address: string }): void =>
      void navigate(() => api.selectCell(address)),
  };
}
