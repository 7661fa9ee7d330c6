/** The pane's strings, provided once at the top (App) and read by every component. */
import { createContext, useContext } from 'react';
import { stringsFor, type Strings } from './strings';

/** The strings in the user's language; Swedish unless App provides another. */
export const StringsContext = createContext<Strings>(stringsFor('sv'));

/** The strings in the user's language. */
export function useStrings(): Strings {
  return useContext(StringsContext);
}
