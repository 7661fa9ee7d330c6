/** The ribbon command's notice dialog: lists what went wrong (passed in the address), OK closes it. */

const params = new URLSearchParams(window.location.search);
const sv = params.get('lang') !== 'en';
let lines: string[] = [];
try {
  const parsed: unknown = JSON.parse(params.get('m') ?? '[]');
  if (Array.isArray(parsed)) lines = parsed.map(String);
} catch {
  lines = [];
}
document.getElementById('heading')!.textContent = sv ? 'Uppföljningarna kunde inte uppdateras' : 'The follow-ups could not be refreshed';
const list = document.getElementById('lines')!;
for (const line of lines) {
  const li = document.createElement('li');
  li.textContent = line; // text, never HTML: lines quote ledger cells
  list.appendChild(li);
}
Office.onReady(() => {
  document.getElementById('ok')!.addEventListener('click', () => Office.context.ui.messageParent('close'));
});
