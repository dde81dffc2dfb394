// Command line: extract saved pages to JSON lines.
//   npm run -s extract -- [--url URL] [--debug] FILE...
//   npm run -s extract -- [--debug] --list LIST.tsv        (one FILE<TAB>URL per line)
// One JSON object per input on stdout, in input order, written as soon as it is ready. Inputs
// are processed one at a time and each jsdom window is closed, so batches of thousands run in
// bounded memory. A bad input prints {"file", "error"} and the run goes on; the exit code is 1
// when any input failed, 2 for bad arguments.
import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectArticle, extractArticle } from '../lib/index';
import { decodePage, InputError } from './decode';

const USAGE = `Usage: npm run -s extract -- [--url URL] [--debug] FILE...
       npm run -s extract -- [--debug] --list LIST.tsv [FILE...]

Extracts the article from saved HTML pages (.html or .html.gz) and prints one JSON object per
line per input: file, isArticle, score, title, byline, published, siteName, lang, summary,
leadImage, contentHtml, textContent, wordCount, readingMinutes (and removed with --debug).

  --url URL       page address for every FILE (resolves relative links); default: the page's
                  canonical/og:url, else none (relative links stay relative)
  --list FILE     tab-separated list, one "FILE<TAB>URL" per line (URL optional; blank lines
                  and lines starting with # skipped); paths are relative to the current directory
  --debug         add "removed": every element the cleaning passes dropped, with the reason
  -h, --help      this text

A file that is missing, empty, binary or cannot be parsed gives {"file": ..., "error": ...};
the run continues and exits with status 1 at the end. Bad arguments exit with status 2.`;

interface Job { file: string; url?: string; error?: string }
interface Args { jobs: Job[]; debug: boolean }

class UsageError extends Error {}

function validUrl(u: string): boolean {
  try {
    new URL(u);
    return true;
  } catch {
    return false;
  }
}

function readList(path: string): Job[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read list ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const jobs: Job[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [file, url] = line.split('\t');
    const u = url?.trim();
    if (u && !validUrl(u)) jobs.push({ file, error: `invalid URL in list: ${u}` });
    else jobs.push({ file, url: u || undefined });
  }
  return jobs;
}

export function parseArgs(argv: string[]): Args | 'help' {
  let url: string | undefined;
  let debug = false;
  const files: string[] = [];
  const lists: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') return 'help';
    else if (a === '--debug') debug = true;
    else if (a === '--url' || a === '--list') {
      const v = argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${a} needs a value`);
      if (a === '--url') {
        if (!validUrl(v)) throw new UsageError(`invalid URL: ${v}`);
        url = v;
      } else lists.push(v);
    } else if (a.startsWith('--url=')) {
      const v = a.slice(6);
      if (!validUrl(v)) throw new UsageError(`invalid URL: ${v}`);
      url = v;
    } else if (a.startsWith('--list=')) lists.push(a.slice(7));
    else if (a === '--') files.push(...argv.slice(i + 1)), (i = argv.length);
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option: ${a}`);
    else files.push(a);
  }
  const jobs: Job[] = [];
  for (const l of lists) jobs.push(...readList(l));
  for (const f of files) jobs.push({ file: f, url });
  if (!jobs.length) throw new UsageError('no input files');
  return { jobs, debug };
}

function readError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot read file: ${(e as Error).message}`;
}

/** The page's own address when it states one (saved pages usually keep their canonical link). */
function declaredUrl(doc: Document): string | undefined {
  const candidates = [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const c of candidates) if (c && /^https?:\/\//i.test(c.trim()) && validUrl(c.trim())) return c.trim();
  return undefined;
}

const STYLE_BLOCK = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

/**
 * jsdom without scripts or resources. Its CSS parser throws on some real stylesheets (cssstyle
 * border shorthands): styles do not carry content, so the page is parsed again without them.
 */
function parseHtml(text: string, url: string | undefined): JSDOM {
  const options = { url, contentType: 'text/html', virtualConsole: new VirtualConsole() };
  try {
    return new JSDOM(text, options);
  } catch {
    return new JSDOM(text.replace(STYLE_BLOCK, ''), options);
  }
}

/** One input → one output object. Never throws. */
export function processJob(job: Job, debug: boolean): Record<string, unknown> {
  if (job.error) return { file: job.file, error: job.error };
  let bytes: Buffer;
  try {
    bytes = readFileSync(job.file);
  } catch (e) {
    return { file: job.file, error: readError(e) };
  }
  let text: string;
  try {
    text = decodePage(bytes).text;
  } catch (e) {
    return { file: job.file, error: e instanceof InputError ? e.message : `cannot decode: ${(e as Error).message}` };
  }
  let dom: JSDOM | null = null;
  try {
    // No runScripts and no resources: nothing from the page runs or loads. Console noise
    // (e.g. "Could not parse CSS stylesheet") is dropped so stdout/stderr stay clean.
    dom = parseHtml(text, job.url);
    const doc = dom.window.document;
    if (!doc.body || !doc.documentElement) return { file: job.file, error: 'not an HTML document' };
    // Without an address relative links stay relative (a file:// base would only break them).
    const url = job.url ?? declaredUrl(doc) ?? '';
    const detect = detectArticle(doc, url);
    const r = extractArticle(doc, { url, debug, pageKind: detect.pageKind });
    const out: Record<string, unknown> = {
      file: job.file,
      isArticle: detect.isArticle,
      pageKind: detect.pageKind,
      score: detect.score,
      title: r.title,
      byline: r.byline,
      published: r.published,
      siteName: r.siteName,
      lang: r.lang,
      summary: r.summary,
      leadImage: r.leadImage,
      contentHtml: r.contentHtml,
      textContent: r.textContent,
      wordCount: r.wordCount,
      readingMinutes: r.readingMinutes,
    };
    if (debug) out.removed = r.removed ?? [];
    return out;
  } catch (e) {
    return { file: job.file, error: `could not parse or extract: ${(e as Error).message}` };
  } finally {
    dom?.window.close();
  }
}

async function write(line: string): Promise<void> {
  if (!process.stdout.write(line)) await once(process.stdout, 'drain');
}

export async function main(argv: string[]): Promise<number> {
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`extract: ${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let failed = 0;
  for (const job of args.jobs) {
    const out = processJob(job, args.debug);
    if ('error' in out) failed++;
    await write(`${JSON.stringify(out)}\n`);
    // jsdom frees a closed window only once the event loop turns; a loop that never yields
    // keeps every page of the batch in memory.
    await new Promise((r) => setImmediate(r));
  }
  if (failed) process.stderr.write(`extract: ${failed} of ${args.jobs.length} input(s) failed\n`);
  return failed ? 1 : 0;
}

// Run only when executed (node --import tsx cli/extract.ts), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  // A closed pipe (`| head`) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (e) => { process.stderr.write(`extract: ${(e as Error).stack ?? e}\n`); process.exitCode = 1; },
  );
}
