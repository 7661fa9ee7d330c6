/** Rendering the task pane against a fake app, and a clipboard to look at. */
import { render, screen, waitFor, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import type { Lang } from '../../src/taskpane/strings';
import { fakeApp, type FakeApp } from './fakeApp';

// A pane test clicks through Fluent's controls with user-event: a second or two on an idle
// machine, more than jest's 5 s when seven engineers share two cores.
jest.setTimeout(30_000);

/** The pane rendered, with a user to drive it and the fake behind it. */
export interface Pane extends RenderResult {
  readonly user: UserEvent;
  readonly app: FakeApp;
}

/** Render the pane and wait until it has read the workbook. */
export async function renderPane(app: FakeApp = fakeApp(), lang: Lang = 'sv'): Promise<Pane> {
  const user = userEvent.setup();
  const result = render(<App api={app.api} lang={lang} />);
  await screen.findByRole('heading', { name: lang === 'sv' ? 'Inställningar' : 'Settings' });
  await screen.findByRole('heading', { name: lang === 'sv' ? 'Uppföljningar i arbetsboken' : 'Follow-ups in this workbook' });
  // The inspection has answered once the loading bar is gone.
  await waitForInspection(lang);
  return { ...result, user, app };
}

async function waitForInspection(lang: Lang): Promise<void> {
  const loading = lang === 'sv' ? 'Läser arbetsboken…' : 'Reading the workbook…';
  await waitFor(() => expect(screen.queryByText(loading)).toBeNull());
}

/** Open "Ändra kolumner" (the column roles) or "Fler inställningar" (the other settings). */
export async function openDisclosure(user: UserEvent, name: string): Promise<void> {
  const header = screen.getByRole('button', { name });
  if (header.getAttribute('aria-expanded') !== 'true') await user.click(header);
}

/** Choose an option of a Fluent Dropdown by the dropdown's label and the option's text. */
export async function choose(user: UserEvent, dropdown: string, option: string): Promise<void> {
  await user.click(screen.getByRole('combobox', { name: dropdown }));
  await user.click(await screen.findByRole('option', { name: option }));
}

/** What a ClipboardItem was given. */
export class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob | string>) {}

  get types(): string[] {
    return Object.keys(this.items);
  }
}

/** A Blob's text (jsdom's Blob has no text()). */
export function blobText(blob: Blob | string): Promise<string> {
  if (typeof blob === 'string') return Promise.resolve(blob);
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

/** Install an async clipboard (after userEvent.setup, which installs its own) and return its write mock. */
export function installClipboard(): { write: jest.Mock<Promise<void>, [FakeClipboardItem[]]>; writeText: jest.Mock<Promise<void>, [string]> } {
  const write = jest.fn(async (_items: FakeClipboardItem[]): Promise<void> => undefined);
  const writeText = jest.fn(async (_text: string): Promise<void> => undefined);
  Object.defineProperty(globalThis, 'ClipboardItem', { value: FakeClipboardItem, configurable: true, writable: true });
  Object.defineProperty(window.navigator, 'clipboard', { value: { write, writeText }, configurable: true });
  return { write, writeText };
}

/** Remove the async clipboard, as in hosts that lack it. */
export function removeClipboard(): void {
  Object.defineProperty(window.navigator, 'clipboard', { value: undefined, configurable: true });
  Object.defineProperty(globalThis, 'ClipboardItem', { value: undefined, configurable: true, writable: true });
}
