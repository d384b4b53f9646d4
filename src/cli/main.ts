import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { hasMagic } from '../batch/glob.js';
import { DEFAULT_LEARN } from '../batch/learn.js';
import { runBatch } from '../batch/run.js';
import { DEFAULT_MAX_BYTES, InputError } from '../decode/errors.js';
import { canonicalEncoding } from '../decode/labels.js';
import { cleanArticle } from '../pipeline.js';
import { FORMATS, type OutputFormat, render } from '../render/render.js';
import type { Article, CleanOptions, DocumentType, PhraseFile } from '../types.js';
import { loadPhraseFile } from './boilerplate-file.js';
import { describeError, UserError } from './errors.js';
import { formatRemovals, stderrPainter } from './explain.js';
import { quietOnClosedStdout, readInput, writeAtomic, writeStdout } from './io.js';

interface Options {
  format?: OutputFormat;
  output?: string;
  explain?: boolean;
  lang: string;
  boilerplate: string[];
  type: DocumentType | 'auto';
  encoding?: string;
  maxBytes: number;
  debug?: boolean;
  outDir?: string;
  filesFrom?: string;
  input: 'text' | 'ndjson';
  include: string[];
  exclude: string[];
  skipExisting?: boolean;
  jobs?: number;
  unordered?: boolean;
  failFast?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  learn: boolean;
  learnFrom?: string;
  template?: string;
  saveTemplate?: string;
  learnThreshold: number;
  learnSample: number;
  comments?: boolean;
  links?: boolean;
  images?: boolean;
}

function parseEncoding(label: string): string {
  const name = canonicalEncoding(label);
  if (!name) throw new InvalidArgumentError('unknown encoding label (try utf-8, windows-1252, windows-1251, gbk…)');
  return name;
}

function parseMaxBytes(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('a positive whole number of bytes is needed');
  return n;
}

// Options that only make sense for a batch: any of them (or a folder or glob input) runs one.
const BATCH_OPTIONS = [
  'outDir',
  'filesFrom',
  'input',
  'include',
  'exclude',
  'skipExisting',
  'jobs',
  'unordered',
  'failFast',
  'quiet',
  'verbose',
  'learn',
  'learnFrom',
  'template',
  'saveTemplate',
  'learnThreshold',
  'learnSample',
] as const;

const EXAMPLES = `
Examples:
  $ clean-article page.txt                      article as JSON on stdout
  $ clean-article -f md page.txt > page.md      Markdown with YAML front matter
  $ curl -s URL | html2text | clean-article -   read standard input
  $ clean-article a.txt b.txt c.txt > out.ndjson    one JSON object per line
  $ clean-article --explain page.txt > /dev/null    why each line was removed
  $ clean-article --boilerplate mysite.json page.txt   add your own phrases
  $ clean-article --encoding windows-1251 page.txt     when detection guesses wrong

Batches (a folder, a quoted glob, --files-from or --input ndjson):
  $ clean-article scrapes/ --out-dir clean/     one .json per page, mirroring the tree
  $ clean-article 'scrapes/**/*.txt' > out.ndjson   one record per page: source, status, article
  $ crawler | clean-article --input ndjson -    records {"id","url","text"|"html"} on stdin
  $ clean-article --learn-from jan/ --save-template site.json    learn only, then:
  $ clean-article feb/ --template site.json --out-dir out/

Exit codes: 0 all inputs cleaned, 1 an input failed (the others are still written), 2 usage error,
130 interrupted (Ctrl-C).`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function program(): Command {
  return new Command('clean-article')
    .description('Extract the article from a scraped page: title, paragraphs, metadata and language.')
    .argument('[input...]', 'files to clean; "-" or nothing reads standard input')
    .addOption(
      new Option('-f, --format <format>', 'output format (default: json for one input, ndjson for several)').choices(
        FORMATS,
      ),
    )
    .option('-o, --output <file>', 'write to FILE (atomically) instead of standard output')
    .option('--explain', 'list every removed line and the rule that removed it on stderr (and in JSON)')
    .option('--lang <code>', 'language of the page (ISO 639-1 or 639-3), or "auto"', 'auto')
    .option(
      '--boilerplate <file>',
      'extra boilerplate phrases (JSON, same shape as the bundled files); repeatable',
      (v: string, prev: string[]) => {
        if (!v) throw new InvalidArgumentError('a file path is needed');
        return [...prev, v];
      },
      [] as string[],
    )
    .option('--comments', 'HTML: list reader comments in a separate "comments" field')
    .option('--links', 'HTML: keep links in the Markdown output')
    .option('--images', 'HTML: keep images in the Markdown output')
    .addOption(
      new Option('--type <type>', 'treat inputs as html or text instead of sniffing the content')
        .choices(['auto', 'html', 'text'])
        .default('auto'),
    )
    .option(
      '--encoding <label>',
      'read inputs in this encoding (e.g. windows-1251) instead of detecting it',
      parseEncoding,
    )
    .option(
      '--max-bytes <n>',
      'refuse inputs larger than N bytes (also once gunzipped)',
      parseMaxBytes,
      DEFAULT_MAX_BYTES,
    )
    .option('--debug', 'print stack traces of unexpected errors')
    .optionsGroup('Batches:')
    .option('--out-dir <dir>', 'write one file per input below DIR, mirroring the input tree')
    .option('--files-from <file>', 'read input paths from FILE, one a line ("-": standard input)')
    .addOption(
      new Option('--input <kind>', 'what inputs hold: text pages, or NDJSON records {id?, url?, text | html}')
        .choices(['text', 'ndjson'])
        .default('text'),
    )
    .option('--include <glob>', 'only files matching GLOB (a name, or a path with "/"); repeatable', collect, [])
    .option('--exclude <glob>', 'skip files and folders matching GLOB; repeatable', collect, [])
    .option('--skip-existing', 'skip inputs whose output exists and is newer (resume a run)')
    .option(
      '-j, --jobs <n>',
      'cleaners: this thread and N-1 worker threads (default: the number of cores)',
      positiveInt,
    )
    .option('--unordered', 'write results as they finish instead of in input order')
    .option('--fail-fast', 'stop at the first input that fails')
    .option('-q, --quiet', 'no progress and no summary on stderr (errors still show)')
    .option('--verbose', 'log every input on stderr')
    .option('--no-learn', 'do not learn boilerplate lines repeated across pages of a site')
    .option('--learn-from <dir>', 'learn the repeated lines from the pages in DIR instead of the inputs')
    .option('--template <file>', 'use the repeated lines saved in FILE instead of learning them')
    .option('--save-template <file>', 'save the learned repeated lines to FILE (JSON)')
    .option(
      '--learn-threshold <share>',
      "a line repeated on more than this share of a site's pages goes",
      share,
      DEFAULT_LEARN.threshold,
    )
    .option('--learn-sample <n>', 'pages per site read to learn (records held back for stdin)', positiveInt, 200)
    .version(version(), '-V, --version')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run clean-article --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
}

function collect(v: string, prev: string[]): string[] {
  if (!v) throw new InvalidArgumentError('a pattern is needed');
  return [...prev, v];
}

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of at least 1 is needed');
  return n;
}

function share(v: string): number {
  const n = Number(v);
  if (!(n >= 0 && n < 1)) throw new InvalidArgumentError('a share between 0 and 1 (e.g. 0.3) is needed');
  return n;
}

/** A batch: any batch option, or an input that is a folder or a glob. */
function isBatch(cmd: Command, inputs: string[]): boolean {
  if (BATCH_OPTIONS.some((k) => cmd.getOptionValueSource(k) === 'cli')) return true;
  return inputs.some((i) => {
    if (i === '-') return false;
    try {
      return statSync(i).isDirectory();
    } catch {
      return hasMagic(i);
    }
  });
}

/** What cleanArticle gets for every page, from the options. */
function pageOptions(opts: Options, boilerplate: PhraseFile[]): Omit<CleanOptions, 'path'> {
  return {
    lang: opts.lang,
    explain: opts.explain ?? false,
    boilerplate,
    comments: opts.comments ?? false,
    links: opts.links ?? false,
    images: opts.images ?? false,
    type: opts.type,
    ...(opts.encoding ? { encoding: opts.encoding } : {}),
    maxBytes: opts.maxBytes,
  };
}

function combine(articles: Article[], format: OutputFormat): string {
  if (format === 'json' && articles.length !== 1) return `${JSON.stringify(articles, null, 2)}\n`;
  return articles.map((a) => render(a, format)).join(format === 'md' || format === 'text' ? '\n' : '');
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  quietOnClosedStdout();
  const cmd = program();
  let debug = argv.includes('--debug');
  try {
    cmd.parse(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
    }
    throw err;
  }
  const opts = cmd.opts<Options>();
  debug = opts.debug ?? false;
  let inputs = cmd.args;
  if (isBatch(cmd, inputs)) return batch(opts, inputs, debug);
  if (inputs.length === 0) {
    if (process.stdin.isTTY) {
      process.stderr.write('clean-article: no input: give a file, or pipe a page into standard input\n');
      process.stderr.write('(run clean-article --help for usage)\n');
      return 2;
    }
    inputs = ['-'];
  }
  if (inputs.filter((i) => i === '-').length > 1) {
    process.stderr.write('clean-article: standard input ("-") can be read only once\n');
    return 2;
  }
  let boilerplate: PhraseFile[];
  try {
    boilerplate = opts.boilerplate.map(loadPhraseFile);
  } catch (err) {
    process.stderr.write(`clean-article: ${describeError(err)}\n`);
    return err instanceof UserError ? err.exitCode : 1;
  }
  const format: OutputFormat = opts.format ?? (inputs.length > 1 ? 'ndjson' : 'json');
  const paint = opts.explain ? await stderrPainter() : undefined;
  // A JSON array or a file is written once at the end; anything else streams out per input.
  const buffered = Boolean(opts.output) || (format === 'json' && inputs.length > 1);
  const articles: Article[] = [];
  let failed = 0;
  for (const input of inputs) {
    try {
      const bytes = await readInput(input, opts.maxBytes).catch((err: unknown) => {
        throw err instanceof InputError ? err : new UserError(describeError(err));
      });
      const article = cleanArticle(bytes, { path: input, ...pageOptions(opts, boilerplate) });
      if (article.paragraphs.length === 0) process.stderr.write(`clean-article: ${input}: no article text found\n`);
      if (paint) process.stderr.write(formatRemovals(article, paint, inputs.length > 1));
      if (buffered) articles.push(article);
      else await writeStdout(render(article, format));
    } catch (err) {
      failed++;
      // Read errors are the input's; anything else is our bug and says so.
      const expected = err instanceof UserError || err instanceof InputError;
      const what = expected ? err.message : `internal error: ${describeError(err)}`;
      process.stderr.write(`clean-article: ${input}: ${what}\n`);
      if (debug && err instanceof Error && !expected) process.stderr.write(`${err.stack}\n`);
    }
  }
  if (opts.output) {
    try {
      await writeAtomic(opts.output, combine(articles, format), inputs);
    } catch (err) {
      process.stderr.write(`clean-article: ${describeError(err)}\n`);
      return 1;
    }
  } else if (buffered) await writeStdout(combine(articles, format));
  return failed > 0 ? 1 : 0;
}

/** Runs a batch from the options; usage errors exit 2. */
async function batch(opts: Options, args: string[], debug: boolean): Promise<number> {
  const fail = (msg: string, code = 2) => {
    process.stderr.write(`clean-article: ${msg}\n`);
    return code;
  };
  if (opts.output) return fail('--output writes one file; use --out-dir for a batch');
  if (!opts.outDir && (opts.format === 'md' || opts.format === 'text'))
    return fail(`--format ${opts.format} needs --out-dir (without it a batch writes NDJSON records)`);
  // A pipe (`--files-from <(find …)`) is read once, as standard input is.
  const list = opts.filesFrom && opts.filesFrom !== '-' ? statSync(opts.filesFrom, { throwIfNoEntry: false }) : null;
  if (opts.filesFrom && opts.filesFrom !== '-' && (!list || list.isDirectory()))
    return fail(`--files-from ${opts.filesFrom}: ${list ? 'is a directory' : 'no such file'}`);
  if (opts.learnFrom && !statSync(opts.learnFrom, { throwIfNoEntry: false })?.isDirectory())
    return fail(`--learn-from ${opts.learnFrom}: no such folder`);
  // --learn-from DIR --save-template FILE alone: learn, save, and clean nothing.
  const learnOnly = args.length === 0 && !opts.filesFrom && Boolean(opts.learnFrom && opts.saveTemplate);
  const inputs = args.length === 0 && !opts.filesFrom && !learnOnly ? ['-'] : args;
  if (inputs.includes('-') && opts.filesFrom === '-') return fail('standard input ("-") can be read only once');
  if (inputs.includes('-') && process.stdin.isTTY)
    return fail('no input: give a folder, or pipe records into standard input');
  try {
    const boilerplate = opts.boilerplate.map(loadPhraseFile);
    return await runBatch({
      spec: {
        args: inputs,
        filesFrom: opts.filesFrom,
        ndjson: opts.input === 'ndjson',
        include: opts.include,
        exclude: opts.exclude,
      },
      outDir: opts.outDir,
      format: opts.format ?? 'json',
      skipExisting: opts.skipExisting ?? false,
      jobs: opts.jobs ?? availableParallelism(),
      unordered: opts.unordered ?? false,
      failFast: opts.failFast ?? false,
      quiet: opts.quiet ?? false,
      verbose: opts.verbose ?? false,
      paint: opts.explain ? await stderrPainter() : undefined,
      options: pageOptions(opts, boilerplate),
      learn: opts.learn,
      learnFrom: opts.learnFrom,
      template: opts.template,
      saveTemplate: opts.saveTemplate,
      plan: {
        ...DEFAULT_LEARN,
        threshold: opts.learnThreshold,
        sample: opts.learnSample,
        options: { type: opts.type, ...(opts.encoding ? { encoding: opts.encoding } : {}), maxBytes: opts.maxBytes },
      },
      learnOnly,
    });
  } catch (err) {
    process.stderr.write(`clean-article: ${describeError(err)}\n`);
    if (debug && err instanceof Error && !(err instanceof UserError)) process.stderr.write(`${err.stack}\n`);
    return err instanceof UserError ? err.exitCode : 1;
  }
}
