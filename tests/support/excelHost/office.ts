/**
 * The host's `Office` global: `onReady`, `context.requirements.isSetSupported`, display language,
 * theme, `actions.associate` (ribbon commands) and the enums add-in code reads.
 */
import type { HostDialogs } from './dialogs';
import { versionAtLeast } from './proxy/runtime';

/** `Office.context.officeTheme`. */
export interface OfficeTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  isDarkTheme?: boolean;
}

/** The event a ribbon command receives. */
export interface ActionEvent {
  source: { id: string };
  completed(options?: { allowEvent?: boolean }): void;
}

/** Settings of the fake Office object. */
export interface OfficeSettings {
  excelApi: string;
  requirementSets: Record<string, string>;
  displayLanguage: string;
  platform: string;
  officeTheme: OfficeTheme;
}

/** The `Office` object and the host-side handle to its ribbon actions. */
export interface HostOffice {
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  initialize?: (reason: string) => void;
  context: {
    host: string;
    platform: string;
    displayLanguage: string;
    contentLanguage: string;
    officeTheme: OfficeTheme;
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    diagnostics: { host: string; platform: string; version: string };
    ui: HostDialogs['ui'];
  };
  actions: { associate(actionId: string, handler: (event: ActionEvent) => unknown): void };
  addin: { showAsTaskpane(): Promise<void>; hide(): Promise<void> };
  HostType: Record<string, string>;
  PlatformType: Record<string, string>;
  EventType: Record<string, string>;
  AsyncResultStatus: Record<string, string>;
  InitializationReason: Record<string, string>;
}

/** The default (light) Office theme. */
export const LIGHT_THEME: OfficeTheme = {
  bodyBackgroundColor: '#FFFFFF',
  bodyForegroundColor: '#000000',
  controlBackgroundColor: '#FFFFFF',
  controlForegroundColor: '#000000',
  isDarkTheme: false,
};

/** Build the Office object; `handlers` receives `actions.associate` registrations. */
export function createOffice(settings: OfficeSettings, handlers: Map<string, (event: ActionEvent) => unknown>, dialogs: HostDialogs): HostOffice {
  const info = { host: 'Excel', platform: settings.platform };
  const sets = new Map(Object.entries({ ...settings.requirementSets, ExcelApi: settings.excelApi }).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    onReady(callback) {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      host: 'Excel',
      platform: settings.platform,
      displayLanguage: settings.displayLanguage,
      contentLanguage: settings.displayLanguage,
      officeTheme: { ...settings.officeTheme },
      requirements: {
        isSetSupported(name, minVersion) {
          const have = sets.get(String(name).toLowerCase());
          return have !== undefined && versionAtLeast(have, minVersion === undefined ? '1.1' : String(minVersion));
        },
      },
      diagnostics: { host: 'Excel', platform: settings.platform, version: '16.0.18000.10000' },
      ui: dialogs.ui,
    },
    actions: {
      associate(actionId, handler) {
        handlers.set(actionId, handler);
      },
    },
    addin: { showAsTaskpane: () => Promise.resolve(), hide: () => Promise.resolve() },
    HostType: { Word: 'Word', Excel: 'Excel', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
    EventType: {
      DocumentSelectionChanged: 'documentSelectionChanged',
      SettingsChanged: 'settingsChanged',
      DialogMessageReceived: 'dialogMessageReceived',
      DialogEventReceived: 'dialogEventReceived',
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    InitializationReason: { Inserted: 'inserted', DocumentOpened: 'documentOpened' },
  };
}
