/**
 * The options of `extract PATH...`, as data: they drive the commander flags
 * and the help text (and the README's option table is written from them).
 */
export interface OptionDef {
  flags: string;
  description: string;
  default?: string | boolean;
  choices?: string[];
  /** Collect repeated or comma-separated values into a list. */
  list?: boolean;
}

export const FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export const EXTRACT_OPTIONS: OptionDef[] = [
  { flags: '-f, --format <format>', description: 'output format', default: 'table', choices: [...FORMATS] },
  { flags: '--json', description: 'same as --format json' },
  { flags: '--ndjson', description: 'same as --format ndjson' },
  { flags: '--csv', description: 'same as --format csv' },
  { flags: '-i, --indicator <pattern>', description: 'keep only these indicator ids (patent.*, tech_contract.value); repeat or separate with commas', list: true },
  { flags: '-a, --all', description: 'also print figures of no known indicator, as "other" (to explore a new kind of document)' },
  { flags: '-o, --output <file>', description: 'write to FILE instead of stdout' },
  { flags: '--files-from <file>', description: 'read the paths to process from FILE (one a line; - for stdin)' },
  { flags: '-0, --null', description: 'with --files-from: paths are separated by NUL (find -print0)' },
  { flags: '--encoding <label>', description: 'decode every input with this encoding (utf-8, gb18030, gbk, big5, utf-16le…) instead of detecting it' },
  { flags: '--shard <i/n>', description: 'process only shard i of n (0-based), chosen by a stable hash of each path' },
  { flags: '--rules <file>', description: 'add a YAML rule pack (tried before the built-in rules); repeatable', list: true },
  { flags: '--explain', description: 'add the matching rule to each record (field "rule")' },
  { flags: '--timeout <seconds>', description: 'time budget per document (default 2 s per MB, at least 5 s; 0: none); a document over it is reported and skipped' },
  { flags: '--bom', description: 'with csv: start with a UTF-8 BOM so Excel opens Chinese text correctly' },
  { flags: '--color', description: 'force colours in the table' },
  { flags: '--no-color', description: 'no colours (also NO_COLOR=1)' },
  { flags: '-q, --quiet', description: 'no progress line and no warnings on stderr (errors are still printed)' },
];

export const EXTRACT_HELP_AFTER = `
Examples:
  $ extract seeds/                              a table of every indicator figure
  $ extract seeds/ --format json > out.json     one JSON array of records
  $ extract seeds/ --ndjson | jq .value         one record a line, for pipes
  $ extract seeds/ --csv --bom -o out.csv       a CSV that Excel opens
  $ extract report.html -i 'patent.*'           only patent figures
  $ find docs -name '*.txt' -print0 | extract --files-from - -0 --ndjson
  $ extract check fixtures/seeds/*.yaml         CI: fail when an expected figure goes missing
  $ extract indicators                          list the indicator ids

Exit status: 0 ok; 2 usage error, an input that could not be read or that
went over its time budget (the others are still processed). \`extract check\` exits 1 when a figure is missing.`;
