/**
 * The options of `extract PATH...`, as data: they drive the commander flags,
 * the help text and the shell completions.
 */
export interface OptionDef {
  flags: string;
  description: string;
  default?: string | boolean;
  choices?: string[];
  /** Collect repeated or comma-separated values into a list. */
  list?: boolean;
}

export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'tsv'] as const;
export type Format = (typeof FORMATS)[number];

export const EXTRACT_OPTIONS: OptionDef[] = [
  { flags: '-f, --format <format>', description: 'output format', default: 'table', choices: [...FORMATS] },
  { flags: '--json', description: 'same as --format json' },
  { flags: '--ndjson', description: 'same as --format ndjson' },
  { flags: '--csv', description: 'same as --format csv' },
  { flags: '--tsv', description: 'same as --format tsv' },
  { flags: '--fields <list>', description: 'with json, ndjson, csv or tsv: only these fields, in this order (file,indicator,value,year)', list: true },
  { flags: '-i, --indicator <pattern>', description: 'keep only these indicator ids (patent.*, tech_contract.value); repeat or separate with commas', list: true },
  { flags: '-a, --all', description: 'also print figures of no known indicator, as "other" (to explore a new kind of document)' },
  { flags: '-o, --output <file>', description: 'write to FILE instead of stdout (- is stdout)' },
  { flags: '--files-from <file>', description: 'read the paths to process from FILE (one a line; - for stdin)' },
  { flags: '-0, --null', description: 'with --files-from: paths are separated by NUL (find -print0)' },
  { flags: '--encoding <label>', description: 'decode every input with this encoding (utf-8, gb18030, gbk, big5, utf-16le…) instead of detecting it' },
  { flags: '--shard <i/n>', description: 'process only shard i of n (0-based), chosen by a stable hash of each path' },
  { flags: '--rules <file>', description: 'add a YAML rule pack (tried before the built-in rules); repeatable', list: true },
  { flags: '--explain', description: 'add the matching rule to each record (field "rule"; a Rule column in the table); with --all, also the figures a stage dropped and why' },
  { flags: '-j, --jobs <n>', description: 'extraction threads at most (default: the cores but one, at most 4; each adds about 40 MB); output order stays the input order' },
  { flags: '--timeout <seconds>', description: 'time budget per document (default 2 s per MB, at least 5 s; 0: none); a document over it is reported and skipped' },
  { flags: '--bom', description: 'with csv: start with a UTF-8 BOM so Excel opens Chinese text correctly' },
  { flags: '-q, --quiet', description: 'no progress line and no warnings on stderr (errors are still printed)' },
];

