/** The optional parts of a follow-up sheet, apart from the report that lays them out (the command line parses them before it loads the report). */

/** The optional parts of the sheet. */
export type SectionName = 'keyFigures' | 'unitTable' | 'accountTable' | 'resultTable' | 'summary' | 'chart' | 'indicators';

/**
 * Every section. A sheet's tag stores each by its index here, so a new one goes last (the
 * indicators print before the summary all the same).
 */
export const ALL_SECTIONS: readonly SectionName[] = ['keyFigures', 'unitTable', 'accountTable', 'resultTable', 'summary', 'chart', 'indicators'];

