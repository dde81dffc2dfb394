/** Command-line flags of `npm run bench`. */
import type { SetName } from './data';
import { EXTRACTOR_NAMES, type ExtractorName } from './extractors';

export interface BenchArgs {
  sets: SetName[];
  /** Pages per set, spread evenly over the set. */
  limit?: number;
  only: ExtractorName[];
  /** List Saar's N lowest pages per set. */
  worst?: number;
  browser: boolean;
  /** Run Defuddle on every Nth page only (it is ~7× slower than the others under jsdom). */
  defuddleEvery: number;
  smoke: boolean;
  /** Generated oversized pages (bench/stress.ts) instead of the benchmark sets. */
  stress: boolean;
  /** Write bench/results/ (default: only for a complete run of both sets with all extractors). */
  write: boolean;
  help: boolean;
}

export const USAGE = `Usage: npm run bench -- [flags]
  --set aeb|wcxb       one set only (default: both)
  --limit N            N pages per set, spread over the set
  --only a,b           extractors among ${EXTRACTOR_NAMES.join(', ')} (default: all)
  --worst N            list Saar's N lowest-scoring pages per set (what it lost and leaked)
  --browser            run Saar and Readability inside Chromium instead (page scripts off); writes
                       bench/results/browser.{md,json} with --write
  --defuddle-every N   run Defuddle on every Nth page only (default 1: all)
  --library            the reading library's scaling benchmark (500 → 5,000 articles) instead
  --stress             generated oversized pages (200k elements, 10k-deep, 20 MB text…): Saar vs
                       Readability time and peak memory; writes bench/results/stress.md
  --smoke              20 pages per set (Defuddle on every 2nd); fails if Saar throws (for CI)
  --write / --no-write write bench/results/ (default: only for a complete run)
  --help`;

export function parseArgs(argv: string[]): BenchArgs {
  const a: BenchArgs = { sets: ['aeb', 'wcxb'], only: [...EXTRACTOR_NAMES], browser: false, defuddleEvery: 1, smoke: false, stress: false, write: false, help: false };
  let write: boolean | undefined;
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`);
    return v;
  };
  const count = (v: string, flag: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive integer, got "${v}"`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    let flag = argv[i];
    let inline: string | undefined;
    const eq = flag.indexOf('=');
    if (flag.startsWith('--') && eq > 0) {
      inline = flag.slice(eq + 1);
      flag = flag.slice(0, eq);
    }
    const take = (): string => {
      if (inline !== undefined) return inline;
      const v = value(i, flag);
      i++;
      return v;
    };
    switch (flag) {
      case '--set': {
        const v = take();
        if (v !== 'aeb' && v !== 'wcxb') throw new Error(`--set must be aeb or wcxb, got "${v}"`);
        a.sets = [v];
        break;
      }
      case '--limit':
        a.limit = count(take(), flag);
        break;
      case '--only': {
        const names = take().split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
        for (const n of names) if (!(EXTRACTOR_NAMES as string[]).includes(n)) throw new Error(`unknown extractor "${n}"`);
        a.only = EXTRACTOR_NAMES.filter((n) => names.includes(n));
        break;
      }
      case '--worst':
        a.worst = count(take(), flag);
        break;
      case '--defuddle-every':
        a.defuddleEvery = count(take(), flag);
        break;
      case '--browser':
        a.browser = true;
        break;
      case '--smoke':
        a.smoke = true;
        break;
      case '--stress':
        a.stress = true;
        break;
      case '--write':
        write = true;
        break;
      case '--no-write':
        write = false;
        break;
      case '--help':
      case '-h':
        a.help = true;
        break;
      default:
        throw new Error(`unknown flag "${argv[i]}"`);
    }
  }
  if (a.smoke && a.limit === undefined) a.limit = 20;
  // Smoke runs stay well under two minutes: Defuddle is the slow one.
  if (a.smoke && !argv.some((x) => x.startsWith('--defuddle-every'))) a.defuddleEvery = 2;
  const complete = a.sets.length === 2 && a.limit === undefined && !a.smoke && !a.browser && a.only.length === EXTRACTOR_NAMES.length;
  // A stress run always covers every generated page: it is complete.
  a.write = write ?? (complete || a.stress);
  return a;
}
