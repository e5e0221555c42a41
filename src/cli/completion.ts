/**
 * `extract completion bash|zsh`: shell completion scripts written from the
 * program's own commands and options (so they never drift from --help), with
 * the values of --format, --reporter, --color, --encoding and the indicator ids.
 */
import type { Command, Option } from 'commander';
import { loadRuleSet } from '../rules/load.js';
import type { CommandContext } from './command.js';
import { ExitCode } from './exit-code.js';
import { UsageError } from './usage.js';

const ENCODINGS = ['utf-8', 'gb18030', 'gbk', 'big5', 'utf-16le', 'utf-16be'];
/** Options whose value is a file name. */
const FILE_VALUES = new Set(['--output', '--files-from', '--rules']);

interface Spec {
  name: string;
  description: string;
  options: { flags: string[]; takesValue: boolean; optional: boolean; values?: string[]; files: boolean; description: string }[];
}

function specOf(cmd: Command, ids: string[]): Spec {
  const options = cmd.options.map((o: Option) => {
    const flags = [o.short, o.long].filter((f): f is string => Boolean(f));
    const takesValue = o.required || o.optional;
    let values = o.argChoices ? [...o.argChoices] : undefined;
    if (o.long === '--encoding') values = ENCODINGS;
    if (o.long === '--indicator') values = ids;
    return { flags, takesValue, optional: o.optional, values, files: FILE_VALUES.has(o.long ?? ''), description: o.description };
  });
  options.push({ flags: ['-h', '--help'], takesValue: false, optional: false, values: undefined, files: false, description: 'show help' });
  return { name: cmd.name(), description: cmd.description(), options };
}

const shq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

function bashCase(spec: Spec, key: string): string[] {
  const lines: string[] = [];
  for (const o of spec.options) {
    if (!o.takesValue) continue;
    const pattern = o.flags.map((f) => `${key}:${f}`).join('|');
    if (o.values) lines.push(`    ${pattern}) COMPREPLY=($(compgen -W ${shq(o.values.join(' '))} -- "$cur")); return;;`);
    else if (o.files) lines.push(`    ${pattern}) COMPREPLY=($(compgen -f -- "$cur")); return;;`);
    else lines.push(`    ${pattern}) return;;`);
  }
  return lines;
}

export function bashScript(root: Spec, subs: Spec[]): string {
  const names = subs.map((s) => s.name);
  const words = (s: Spec) => s.options.flatMap((o) => o.flags).join(' ');
  return `# bash completion for extract. Load it with:
#   source <(extract completion bash)
# or save it: extract completion bash > ~/.local/share/bash-completion/completions/extract
_extract() {
  local cur prev cmd="" i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  # --color=<TAB>: bash splits the word at "="
  if [[ "$prev" == "=" && COMP_CWORD -ge 2 ]]; then prev="\${COMP_WORDS[COMP_CWORD-2]}"; fi
  if [[ "$cur" == "=" ]]; then cur=""; fi
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      ${names.join('|')}) cmd="\${COMP_WORDS[i]}"; break;;
      -*) ;;
      *) break;;
    esac
  done
  case "$cmd:$prev" in
${[...bashCase(root, ''), ...subs.flatMap((s) => bashCase(s, s.name))].join('\n')}
  esac
  if [[ "$cur" == -* ]]; then
    case "$cmd" in
${subs.map((s) => `      ${s.name}) COMPREPLY=($(compgen -W ${shq(words(s))} -- "$cur"));;`).join('\n')}
      *) COMPREPLY=($(compgen -W ${shq(words(root))} -- "$cur"));;
    esac
    return
  fi
  case "$cmd" in
    completion) COMPREPLY=($(compgen -W 'bash zsh' -- "$cur"));;
    help) COMPREPLY=($(compgen -W ${shq(names.join(' '))} -- "$cur"));;
    "") COMPREPLY=($(compgen -W ${shq(names.join(' '))} -- "$cur") $(compgen -f -- "$cur"));;
    *) COMPREPLY=($(compgen -f -- "$cur"));;
  esac
}
complete -o filenames -o bashdefault -F _extract extract
`;
}

/** Text inside a single-quoted zsh word, as an _arguments description (`[`, `]` and `:` escaped). */
const zq = (s: string) => s.replace(/'/g, `'\\''`).replace(/([[\]:\\])/g, '\\$1');

function zshArgs(spec: Spec): string[] {
  return spec.options.map((o) => {
    const desc = `[${zq(o.description.split('\n')[0]!)}]`;
    let action = '';
    if (o.takesValue) {
      const what = o.values ? `(${o.values.join(' ')})` : o.files ? '_files' : ' ';
      action = `${o.optional ? '::' : ':'}value:${what}`;
    }
    const flag = (f: string) => (!o.takesValue ? f : f.startsWith('--') ? `${f}${o.optional ? '=-' : '='}` : `${f}+`);
    if (o.flags.length === 1) return `'${flag(o.flags[0]!)}${desc}${action}'`;
    return `'(${o.flags.join(' ')})'{${o.flags.map(flag).join(',')}}'${desc}${action}'`;
  });
}

const zshLines = (args: string[], indent: string) => args.map((l) => `${indent}${l} \\`).join('\n');

export function zshScript(root: Spec, subs: Spec[]): string {
  const names = subs.map((s) => s.name);
  const tail = (s: Spec) =>
    s.name === 'completion' ? `'1:shell:(bash zsh)'` : s.name === 'help' ? `'1:command:(${names.join(' ')})'` : `'*:file:_files'`;
  return `#compdef extract
# zsh completion for extract. Load it with:
#   source <(extract completion zsh)        (after compinit)
# or save it as _extract in a folder of your $fpath.
_extract() {
  local -a commands
  commands=(
${subs.map((s) => `    '${s.name}:${zq(s.description)}'`).join('\n')}
  )
  if (( CURRENT > 2 && \${commands[(I)\${words[2]}:*]} )); then
    local cmd=\${words[2]}
    shift words
    (( CURRENT-- ))
    case $cmd in
${subs.map((s) => `      ${s.name})\n        _arguments -s \\\n${zshLines(zshArgs(s), '          ')}\n          ${tail(s)};;`).join('\n')}
    esac
    return
  fi
  local state
  _arguments -s \\
${zshLines(zshArgs(root), '    ')}
    '*: :->args'
  if [[ $state == args ]]; then
    (( CURRENT == 2 )) && _describe -t commands 'extract command' commands
    _files
  fi
}
if [[ \${zsh_eval_context[-1]} == loadautofunc ]]; then
  _extract "$@"
else
  compdef _extract extract
fi
`;
}

export function registerCompletion(program: Command, ctx: CommandContext): void {
  program
    .command('completion')
    .description('print a shell completion script (bash or zsh)')
    .argument('<shell>', 'bash or zsh')
    .addHelpText('after', '\nExamples:\n  $ source <(extract completion bash)                 this shell\n  $ extract completion bash > ~/.local/share/bash-completion/completions/extract\n  $ extract completion zsh > "${fpath[1]}/_extract"   zsh, after compinit')
    .action(async (shell: string) => {
      if (shell !== 'bash' && shell !== 'zsh') throw new UsageError(`unknown shell "${shell}" (bash or zsh)`, 'completion');
      const ids = [...(await loadRuleSet()).indicators.keys()].sort();
      const root = specOf(program, ids);
      const subs = program.commands.map((c) => specOf(c, ids));
      ctx.io.out(shell === 'bash' ? bashScript(root, subs) : zshScript(root, subs));
      ctx.result.code = ExitCode.Ok;
    });
}
