/** The task pane app: Fluent's theme and the user's language around the pane. */
import type * as React from 'react';
import { FluentProvider, webLightTheme, type Theme } from '@fluentui/react-components';
import type { AppApi } from '../app';
import { TaskPane } from './components/TaskPane/TaskPane';
import { stringsFor, type Lang } from './strings';
import { StringsContext } from './useStrings';

/** Props of App. */
export interface AppProps {
  /** The use cases: Excel's in the add-in, a fake in tests. */
  readonly api: AppApi;
  readonly lang: Lang;
  readonly theme?: Theme;
}

/** The app. */
export function App({ api, lang, theme = webLightTheme }: AppProps): React.JSX.Element {
  return (
    <FluentProvider theme={theme} lang={lang === 'sv' ? 'sv-SE' : 'en'}>
      <StringsContext.Provider value={stringsFor(lang)}>
        <TaskPane api={api} lang={lang} />
      </StringsContext.Provider>
    </FluentProvider>
  );
}
