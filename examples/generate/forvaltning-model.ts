/**
 * The Förvaltning sample's fixed structure: units, account categories, accounts and the account
 * group sheet. The amounts are made in forvaltning.ts.
 */

/** Where an account belongs: revenue, one of the four seed cost groups, or other costs. */
export type Category = 'rev' | 'pers' | 'kons' | 'it' | 'hyra' | 'other';
/** A cost category (everything but revenue). */
export type CostCategory = Exclude<Category, 'rev'>;
/** A cost category that is a group of the account sheet. */
export type GroupCategory = Exclude<CostCategory, 'other'>;

export const CATEGORIES: readonly Category[] = ['rev', 'pers', 'kons', 'it', 'hyra', 'other'];
export const COST_CATEGORIES: readonly CostCategory[] = ['pers', 'kons', 'it', 'hyra', 'other'];
export const GROUP_CATEGORIES: readonly GroupCategory[] = ['pers', 'kons', 'it', 'hyra'];

/** The account sheet's group names, as the seed's "varav" rows. */
export const GROUP_NAMES: Readonly<Record<GroupCategory, string>> = {
  pers: 'Personalkostnader',
  kons: 'Konsultkostnader',
  it: 'IT-tjänster, IT-program och licenser',
  hyra: 'Hyra, leasing inventarier',
};

/** The "Kontogrupper" sheet: Konto (a range) and Grupp, in the order the groups are shown. */
export const ACCOUNT_GROUP_ROWS: readonly (readonly [string, string])[] = [
  ['5000-5999', GROUP_NAMES.pers],
  ['6400-6499', GROUP_NAMES.kons],
  ['6540-6549', GROUP_NAMES.it],
  ['4640-4649', GROUP_NAMES.it],
  ['7100-7199', GROUP_NAMES.hyra],
];

/** An account with its share of its category within a unit. */
export interface FvAccount {
  readonly konto: number;
  readonly name: string;
  readonly weight: number;
}

/**
 * The accounts of each category. Revenue is 3xxx; "other" costs (4610, 7010, 7910) fall in no
 * group of the account sheet, so "Verksamhetens kostnader" exceeds the four groups together.
 */
export const ACCOUNTS: Readonly<Record<Category, readonly FvAccount[]>> = {
  rev: [
    { konto: 3410, name: 'Försäljning av tjänster', weight: 80 },
    { konto: 3510, name: 'Interna intäkter', weight: 20 },
  ],
  pers: [
    { konto: 5010, name: 'Löner månadsavlönade', weight: 66 },
    { konto: 5410, name: 'Sociala avgifter', weight: 26 },
    { konto: 5610, name: 'Övriga personalkostnader', weight: 8 },
  ],
  kons: [
    { konto: 6420, name: 'Konsulttjänster', weight: 85 },
    { konto: 6460, name: 'Juridiska tjänster', weight: 15 },
  ],
  it: [
    { konto: 6540, name: 'IT-tjänster', weight: 70 },
    { konto: 4640, name: 'Programvarulicenser', weight: 30 },
  ],
  hyra: [
    { konto: 7110, name: 'Hyra av inventarier', weight: 55 },
    { konto: 7150, name: 'Leasing av inventarier', weight: 45 },
  ],
  other: [
    { konto: 4610, name: 'Förbrukningsmaterial', weight: 20 },
    { konto: 7010, name: 'Lokalhyror', weight: 60 },
    { konto: 7910, name: 'Övriga kostnader', weight: 20 },
  ],
};

/** A unit of the sample. */
export interface FvUnit {
  /** Verksamhet, Verksamhetsområde and Enhet ('' when the unit is a Verksamhetsområde). */
  readonly path: readonly [string, string, string];
  /** Rough annual cost budget in mnkr (a weight; the exact amounts are fitted). */
  readonly size: number;
  /** Rough mix of cost categories (weights). */
  readonly mix: Readonly<Record<CostCategory, number>>;
  /** Whether the unit sells its services (Utveckling is funded by allocation: no revenue). */
  readonly hasRevenue: boolean;
}

/** Units in ledger order (the seed's order). */
export const FV_UNITS: readonly FvUnit[] = [
  { path: ['Förvaltning', 'Gemensamma tjänster', 'Ekonomi'], size: 95, hasRevenue: true,
    mix: { pers: 70, kons: 8, it: 8, hyra: 6, other: 8 } },
  { path: ['Förvaltning', 'Gemensamma tjänster', 'HR'], size: 85, hasRevenue: true,
    mix: { pers: 68, kons: 10, it: 8, hyra: 6, other: 8 } },
  { path: ['Förvaltning', 'Gemensamma tjänster', 'Kommunikation, ledning/styrning'], size: 110, hasRevenue: true,
    mix: { pers: 55, kons: 18, it: 10, hyra: 6, other: 11 } },
  { path: ['Förvaltning', 'Digital infrastruktur', ''], size: 520, hasRevenue: true,
    mix: { pers: 20, kons: 6, it: 52, hyra: 14, other: 8 } },
  { path: ['Förvaltning', 'Avdelningen styr och stöd', ''], size: 180, hasRevenue: true,
    mix: { pers: 45, kons: 12, it: 15, hyra: 12, other: 16 } },
  { path: ['Förvaltning', 'Avdelningen styr och stöd - gemensamma kostnader', ''], size: 110, hasRevenue: true,
    mix: { pers: 15, kons: 10, it: 25, hyra: 20, other: 30 } },
  { path: ['Förvaltning', 'Avdelningen Kund och service', ''], size: 293, hasRevenue: true,
    mix: { pers: 30, kons: 5, it: 25, hyra: 15, other: 25 } },
  { path: ['Utveckling', 'Gemensamma tjänster', 'Ekonomi'], size: 8, hasRevenue: false,
    mix: { pers: 40, kons: 40, it: 10, hyra: 2, other: 8 } },
  { path: ['Utveckling', 'Gemensamma tjänster', 'HR'], size: 6, hasRevenue: false,
    mix: { pers: 45, kons: 35, it: 10, hyra: 2, other: 8 } },
  { path: ['Utveckling', 'Gemensamma tjänster', 'Kommunikation, ledning/styrning'], size: 12, hasRevenue: false,
    mix: { pers: 40, kons: 35, it: 15, hyra: 3, other: 7 } },
  { path: ['Utveckling', 'Digital infrastruktur', ''], size: 41, hasRevenue: false,
    mix: { pers: 15, kons: 35, it: 40, hyra: 4, other: 6 } },
];

/** The category of an account number per the account sheet (and 3xxx = revenue). */
export function categoryOfAccount(konto: number): Category {
  if (konto >= 3000 && konto <= 3999) return 'rev';
  for (const cat of GROUP_CATEGORIES) {
    for (const [range, group] of ACCOUNT_GROUP_ROWS) {
      if (group !== GROUP_NAMES[cat]) continue;
      const [lo, hi] = range.split('-').map(Number);
      if (lo !== undefined && hi !== undefined && konto >= lo && konto <= hi) return cat;
    }
  }
  if (konto >= 4000 && konto <= 7999) return 'other';
  throw new Error(`Account ${konto} is neither revenue nor cost`);
}
