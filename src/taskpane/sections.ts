/**
 * The report's optional parts in sheet order, and its amount scales, for the settings form.
 *
 * Why not import ALL_SECTIONS and isScale from core: their modules pull in the whole report
 * engine and decimal.js, which the pane loads only when a build starts (see lazyExcelApp). The
 * lists are checked against core's at compile time (every SectionName is here) and in
 * tests/taskpane/helpers.test.ts (same order as ALL_SECTIONS).
 */
import type { Scale } from '../app/presentation';
import type { SectionName } from '../app/presentation';

/** Every section, in the order of core's ALL_SECTIONS (a sheet's tag stores them by index). */
export const SECTIONS = ['keyFigures', 'unitTable', 'accountTable', 'resultTable', 'summary', 'chart', 'indicators'] as const satisfies readonly SectionName[];

/** Fails to compile when core gains a section this list lacks. */
type MissingSection = Exclude<SectionName, (typeof SECTIONS)[number]>;
const everySection: MissingSection extends never ? true : never = true;
void everySection;

/** The amount scales, smallest unit first. */
export const SCALES = ['kr', 'tkr', 'mnkr'] as const satisfies readonly Scale[];

type MissingScale = Exclude<Scale, (typeof SCALES)[number]>;
const everyScale: MissingScale extends never ? true : never = true;
void everyScale;

/** Whether a string names an amount scale. */
export function isScaleName(s: string): s is Scale {
  return (SCALES as readonly string[]).includes(s);
}
