/** @jest-environment jsdom */
/** The entry: waits for Office, then renders the app in Office's language and theme with Excel's use cases. */
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { AppProps } from '../../src/taskpane/App';

/** What createRoot(...).render was given, and where. */
const mockRenders: { container: Element; element: ReactElement<AppProps> }[] = [];

jest.mock('react-dom/client', () => ({
  createRoot: (container: Element) => ({
    render: (element: ReactElement<AppProps>) => mockRenders.push({ container, element }),
  }),
}));

function installOffice(displayLanguage: string, bodyBackgroundColor: string | undefined): { ready: () => void } {
  let onReady: () => void = () => undefined;
  Object.defineProperty(globalThis, 'Office', {
    configurable: true,
    value: {
      onReady: (callback: () => void) => {
        onReady = callback;
        return Promise.resolve({ host: 'Excel', platform: 'PC' });
      },
      context: { displayLanguage, officeTheme: bodyBackgroundColor === undefined ? undefined : { bodyBackgroundColor } },
    },
  });
  return { ready: () => onReady() };
}

async function loadEntry(): Promise<void> {
  await jest.isolateModulesAsync(async () => {
    await import('../../src/taskpane/index');
  });
}

describe('the task pane entry', () => {
  beforeEach(() => {
    mockRenders.length = 0;
    document.body.innerHTML = '<div id="root"></div>';
  });

  it('renders nothing before Office is ready, then the app into #root in Swedish, light, with Excel\'s use cases', async () => {
    const office = installOffice('sv-SE', '#FFFFFF');
    await loadEntry();
    expect(mockRenders).toHaveLength(0);
    office.ready();
    expect(mockRenders).toHaveLength(1);
    const [{ container, element }] = mockRenders as [(typeof mockRenders)[number]];
    expect(container).toBe(document.getElementById('root'));
    expect(element.props.lang).toBe('sv');
    expect(element.props.theme?.colorNeutralBackground1).toBe(webLightTheme.colorNeutralBackground1);
    expect(Object.keys(element.props.api).sort()).toEqual(['buildFollowUp', 'buildNextMonth', 'goToSheet', 'inspectWorkbook', 'lockMonth', 'refreshFollowUps', 'selectCell', 'showRowsBehindSelection', 'takeRibbonNotice']);
    expect(document.documentElement.lang).toBe('sv-SE');
  });

  it('follows a dark Office theme and an English display language', async () => {
    const office = installOffice('en-GB', '#262626');
    await loadEntry();
    office.ready();
    expect(mockRenders[0]!.element.props.lang).toBe('en');
    expect(mockRenders[0]!.element.props.theme?.colorNeutralBackground1).toBe(webDarkTheme.colorNeutralBackground1);
  });

  it('uses the light theme where Office gives none', async () => {
    const office = installOffice('sv-FI', undefined);
    await loadEntry();
    office.ready();
    expect(mockRenders[0]!.element.props.theme?.colorNeutralBackground1).toBe(webLightTheme.colorNeutralBackground1);
  });
});

describe('lazyExcelApp', () => {
  it('loads the app layer on first use and hands each call to Excel\'s use case', async () => {
    const goToSheet = jest.fn(async () => ({ ok: true as const, value: undefined }));
    jest.doMock('../../src/app/api', () => ({ excelApp: { goToSheet } }));
    await jest.isolateModulesAsync(async () => {
      const { lazyExcelApp } = await import('../../src/taskpane/lazyExcelApp');
      expect(goToSheet).not.toHaveBeenCalled();
      await expect(lazyExcelApp.goToSheet('sheet-7')).resolves.toEqual({ ok: true, value: undefined });
      await lazyExcelApp.goToSheet('sheet-8');
    });
    expect(goToSheet.mock.calls).toEqual([['sheet-7'], ['sheet-8']]);
    jest.dontMock('../../src/app/api');
  });
});
