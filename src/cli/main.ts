import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_BYTES, InputError } from '../decode/errors.js';
import { canonicalEncoding } from '../decode/labels.js';
import { cleanArticle } from '../pipeline.js';
import { FORMATS, type OutputFormat, render } from '../render/render.js';
import type { Article, DocumentType, PhraseFile } from '../types.js';
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

const EXAMPLES = `
Examples:
  $ clean-article page.txt                      article as JSON on stdout
  $ clean-article -f md page.txt > page.md      Markdown with YAML front matter
  $ curl -s URL | html2text | clean-article -   read standard input
  $ clean-article a.txt b.txt c.txt > out.ndjson    one JSON object per line
  $ clean-article --explain page.txt > /dev/null    why each line was removed
  $ clean-article --boilerplate mysite.json page.txt   add your own phrases
  $ clean-article --encoding windows-1251 page.txt     when detection guesses wrong

Exit codes: 0 all inputs cleaned, 1 an input failed (the others are still written), 2 usage error.`;

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
    .version(version(), '-V, --version')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run clean-article --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
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
      const article = cleanArticle(bytes, {
        path: input,
        lang: opts.lang,
        explain: opts.explain ?? false,
        boilerplate,
        comments: opts.comments ?? false,
        links: opts.links ?? false,
        images: opts.images ?? false,
        type: opts.type,
        encoding: opts.encoding,
        maxBytes: opts.maxBytes,
      });
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
