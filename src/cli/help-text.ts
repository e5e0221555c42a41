/**
 * The parts of `extract --help` that make it a manual: examples, inputs,
 * outputs, exit status, environment and the files that document the rest.
 * The documents ship with the package; their paths are the installed ones.
 */
import { fileURLToPath } from 'node:url';

/** The package's folder (dist/cli/ → ../../). */
export function packageDir(): string {
  return fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
}

export function rootHelpAfter(): string {
  const pkg = packageDir();
  return `
Examples:
  $ extract seeds/                              a table of every indicator figure
  $ cat report.txt | extract                    a document piped into stdin
  $ extract seeds/ --format json > out.json     one JSON array of records
  $ extract seeds/ --ndjson | jq .value         one record a line, for pipes
  $ extract seeds/ --tsv --fields file,indicator,value,year | sort -t$'\\t' -k3n
  $ extract seeds/ --csv --bom -o out.csv       a CSV that Excel opens
  $ extract report.html -i 'patent.*'           only patent figures
  $ find docs -name '*.txt' -print0 | extract --files-from - -0 --ndjson
  $ extract check fixtures/seeds/*.yaml         CI: fail when an expected figure goes missing
  $ extract indicators                          the indicator ids, by family
  $ source <(extract completion bash)           tab completion (also zsh)

Input:
  Files and folders (folders are read recursively in code-point order; hidden
  entries are skipped); - is stdin; with no path, a document piped into stdin.
  --files-from LIST reads the paths from LIST (- for stdin; -0 when they are
  NUL-separated). Encodings are detected (UTF-8, UTF-16, GB18030/GBK, Big5);
  HTML is read as text. Binary files are skipped with a warning.

Output:
  table   for people; fitted to the terminal's width (or COLUMNS)
  json    one array; every record has every field, null when absent
  ndjson  one record a line
  csv     RFC 4180 (CRLF); --bom for Excel
  tsv     tab-separated; \\t \\n \\r \\\\ escaped inside cells
  --fields chooses and orders the fields of json, ndjson, csv and tsv.
  Records on stdout, diagnostics (prefixed "extract: ") on stderr.

Exit status:
  0  done (also when nothing was found)
  1  extract check: an expected figure is missing or different
  2  usage error, bad configuration, or an input that could not be read
     (the other inputs are still processed)

Environment:
  NO_COLOR     when set and not empty: no colours (https://no-color.org)
  FORCE_COLOR  0 or false: no colours; otherwise colours even in a pipe (2, 3: more colours)
  COLUMNS      the table's width, also when stdout is not a terminal
  TERM         dumb: no colours
  DEBUG        when set: a stack trace with an unexpected error

Files:
  ${pkg}/docs/indicators.md       the record: every field, what it means
  ${pkg}/docs/indicators-list.md  every indicator id, its unit and label
  ${pkg}/docs/output.md           formats, field order, TSV escaping
  ${pkg}/docs/rule-packs.md       writing a rule pack for --rules
  ${pkg}/src/rules/packs/         the built-in rule packs

More: extract help check, extract help indicators, extract help completion.`;
}

export const CHECK_HELP_AFTER = `
Expectations file (paths inside are relative to the YAML file):
  documents:
    - file: ../seeds/000_7c649211ab158f35.txt
      exhaustive: false          # true: also fail on figures not listed
      meta: { docNumber: 穗科函〔2020〕2号 }
      figures:
        - { indicator: tech_contract.value, value: 1273.36亿元, year: 2019 }
        - { indicator: alliance.members, value: 2700, qualifier: over }

Examples:
  $ extract check expectations/*.yaml
  $ extract check expectations/*.yaml --reporter junit -o report.xml
  $ extract check expectations/*.yaml --reporter json | jq .summary
  $ extract check expectations/*.yaml --update         show what would change, write additions
  $ extract check expectations/*.yaml --update --yes   also write removals and changes

--update adds figures only of the indicators a document already lists (all
figures when it lists none, or with exhaustive: true); --all adds every
indicator's figures.

Exit status:
  0  every expected figure found
  1  a figure is missing or different (or unexpected, for exhaustive documents)
  2  bad YAML (file:line:column), unknown indicator, missing document, bad usage;
     the other expectation files are still checked`;
