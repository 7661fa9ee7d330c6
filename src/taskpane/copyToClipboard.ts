/**
 * Putting text, or HTML with a plain-text twin, on the clipboard from the task pane. The async
 * Clipboard API is used where the host allows it; older Office webviews (and iframes without the
 * clipboard-write permission) get the classic route: a hidden contenteditable element, selected,
 * and document.execCommand('copy'), with a copy listener that supplies both formats.
 */

/** What to copy: always plain text, and HTML for pastes that keep formatting (Word, Outlook). */
export interface ClipboardContent {
  readonly text: string;
  readonly html?: string;
}

/** Copy; resolves to whether it worked (false means: tell the user to copy by hand). */
export async function copyToClipboard(content: ClipboardContent): Promise<boolean> {
  if (await copyAsync(content)) return true;
  return copyWithCommand(content);
}

async function copyAsync({ text, html }: ClipboardContent): Promise<boolean> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (!clipboard) return false;
  try {
    if (html === undefined) {
      if (typeof clipboard.writeText !== 'function') return false;
      await clipboard.writeText(text);
      return true;
    }
    if (typeof clipboard.write !== 'function' || typeof ClipboardItem === 'undefined') return false;
    await clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]);
    return true;
  } catch {
    // Refused (no permission in this host, or no user activation left): the classic route below.
    return false;
  }
}

function copyWithCommand({ text, html }: ClipboardContent): boolean {
  if (typeof document.execCommand !== 'function') return false;
  const holder = document.createElement('div');
  holder.contentEditable = 'true';
  holder.setAttribute('aria-hidden', 'true');
  holder.style.cssText = 'position:fixed;left:-9999px;top:0;width:1px;height:1px;overflow:hidden;opacity:0';
  // The listener below supplies the data; the element only gives the command a selection.
  holder.textContent = text === '' ? ' ' : text;
  const onCopy = (event: ClipboardEvent): void => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    if (html !== undefined) event.clipboardData.setData('text/html', html);
    event.preventDefault();
  };
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  document.body.appendChild(holder);
  document.addEventListener('copy', onCopy);
  try {
    const range = document.createRange();
    range.selectNodeContents(holder);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    document.removeEventListener('copy', onCopy);
    window.getSelection()?.removeAllRanges();
    holder.remove();
    // Give focus back to the button the user pressed.
    active?.focus();
  }
}
