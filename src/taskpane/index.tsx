/** The task pane's entry: once Office is ready, render the app in Office's language and theme. */
import { createRoot } from 'react-dom/client';
import { officeLanguage } from '../app/excelRun';
import { App } from './App';
import { lazyExcelApp } from './lazyExcelApp';
import { themeFor } from './theme';

void Office.onReady(() => {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  const lang = officeLanguage();
  document.documentElement.lang = lang === 'sv' ? 'sv-SE' : 'en';
  // The pane paints its own background (dark in a dark Office); no light margin around it.
  document.body.style.margin = '0';
  createRoot(container).render(<App api={lazyExcelApp} lang={lang} theme={themeFor(Office.context.officeTheme)} />);
});
