/**
 * Generate the sample ledgers in examples/ whose follow-ups reproduce the two seed reports
 * (tests/fixtures/seeds.ts) figure by figure:
 *
 * - kls-2025.xlsx and kls-2025.csv: Kommunledningsstab, July 2025, period jun/jul (seed 004);
 * - forvaltning-2024.xlsx: Förvaltning, September 2024 (seed 000, section 3).
 *
 * Deterministic: a seeded PRNG, fixed document dates and fixed zip timestamps, so every run
 * writes the same bytes. Every seed figure is verified with exact integer arithmetic on the rows
 * before writing and again on the files read back; any mismatch throws, naming the figure.
 *
 * Run: npx tsx examples/generate.ts   (or npm run examples)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildForvaltningLedger } from './generate/forvaltning';
import { closedYearRows, FV_CLOSED_SEED } from './generate/forvaltning-2023';
import { writeForvaltningXlsx } from './generate/forvaltning-files';
import { ACCOUNT_GROUP_ROWS } from './generate/forvaltning-model';
import { verifyForvaltningLedger } from './generate/forvaltning-verify';
import { buildKlsLedger, verifyKlsLedger } from './generate/kls';
import { writeKlsCsv, writeKlsXlsx } from './generate/kls-files';
import { mulberry32 } from './generate/prng';
import { readForvaltningXlsx, readKlsCsv, readKlsXlsx } from './generate/read-back';

/** PRNG seeds: the seed reports' dates. */
const KLS_SEED = 20250811;
const FORVALTNING_SEED = 20241015;

/** A short fingerprint of written bytes. */
function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Build, verify, write and re-verify the KLS ledger. */
async function kls(dir: string): Promise<string[]> {
  const rows = buildKlsLedger(mulberry32(KLS_SEED));
  const checks = verifyKlsLedger(rows);
  const xlsxPath = join(dir, 'kls-2025.xlsx');
  const csvPath = join(dir, 'kls-2025.csv');
  const xlsx = await writeKlsXlsx(rows, xlsxPath);
  const csv = writeKlsCsv(rows, csvPath);
  verifyKlsLedger(await readKlsXlsx(xlsxPath));
  verifyKlsLedger(readKlsCsv(readFileSync(csvPath)));
  return [
    `kls-2025.xlsx  ${rows.length} ledger rows, ${checks} checks  sha256 ${sha256(xlsx)}`,
    `kls-2025.csv   ${rows.length} ledger rows                 sha256 ${sha256(csv)}`,
  ];
}

/** Build, verify, write and re-verify the Förvaltning ledger. */
async function forvaltning(dir: string): Promise<string[]> {
  const seedRows = buildForvaltningLedger(mulberry32(FORVALTNING_SEED));
  // The closed year 2023 (budget and monthly forecasts) comes after the seed's rows, from a PRNG of its own.
  const rows = [...seedRows, ...closedYearRows(mulberry32(FV_CLOSED_SEED), seedRows)];
  const checks = verifyForvaltningLedger(rows);
  const path = join(dir, 'forvaltning-2024.xlsx');
  const bytes = await writeForvaltningXlsx(rows, path);
  const back = await readForvaltningXlsx(path);
  verifyForvaltningLedger(back.rows);
  if (JSON.stringify(back.groups) !== JSON.stringify(ACCOUNT_GROUP_ROWS)) {
    throw new Error('forvaltning-2024.xlsx: Kontogrupper did not read back as written');
  }
  return [`forvaltning-2024.xlsx  ${rows.length} ledger rows, ${checks} checks  sha256 ${sha256(bytes)}`];
}

/** Generate everything into the directory of this script. */
async function main(): Promise<void> {
  const dir = __dirname;
  const lines = [...(await kls(dir)), ...(await forvaltning(dir))];
  for (const line of lines) console.log(line);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
