/**
 * The completion scripts for bash, zsh and fish, made from the completion model. Each finds the
 * command path in the words typed so far (skipping options and their values), then offers that
 * command's subcommands, options, fixed option values, or files.
 */
import { oneLine, valueOptions, type CompletionNode } from './model.js';

const HEADER = (shell: string) => `# pmp completion for ${shell}; made by \`pmp completion ${shell}\` (see pmp completion --help)\n`;

/** Single-quoted for sh-like shells. */
const q = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

function paths(nodes: readonly CompletionNode[]): string[] {
  return nodes.map((n) => n.path).filter((p) => p !== '');
}

export function bashScript(nodes: readonly CompletionNode[]): string {
  const fileOptions = [...new Set(nodes.flatMap((n) => n.options.filter((o) => o.file).flatMap((o) => o.names)))];
  const choiceCases = new Map<string, string>();
  for (const n of nodes) {
    for (const o of n.options) {
      if (o.choices.length === 0 || (o.global && n.path !== '')) continue;
      for (const name of o.names) choiceCases.set(o.global ? `*' ${name}'` : q(`${n.path} ${name}`), o.choices.join(' '));
    }
  }
  const lines = [
    HEADER('bash'),
    '_pmp_completion() {',
    '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="" path="" w i skip=0',
    '  ((COMP_CWORD > 0)) && prev="${COMP_WORDS[COMP_CWORD-1]}"',
    '  for ((i = 1; i < COMP_CWORD; i++)); do',
    '    w="${COMP_WORDS[i]}"',
    '    if ((skip)); then skip=0; continue; fi',
    '    case "$w" in',
    '      --*=*) continue ;;',
    `      -*) case " ${valueOptions(nodes).join(' ')} " in *" $w "*) skip=1 ;; esac; continue ;;`,
    '    esac',
    '    case "$path/$w" in',
    `      ${paths(nodes).join('|')}) path="$path/$w" ;;`,
    '    esac',
    '  done',
    '  case "$path $prev" in',
    ...[...choiceCases.entries()].map(([key, values]) => `    ${key}) COMPREPLY=($(compgen -W ${q(values)} -- "$cur")); return ;;`),
    '  esac',
    '  case "$prev" in',
    fileOptions.length > 0 ? `    ${fileOptions.join('|')}) COMPREPLY=($(compgen -f -- "$cur")); return ;;` : '',
    `    ${valueOptions(nodes).join('|')}) COMPREPLY=(); return ;;`,
    '  esac',
    '  local commands="" options="" files=0',
    '  case "$path" in',
    ...nodes.map(
      (n) =>
        `    ${q(n.path)}) commands=${q(n.commands.map((c) => c.name).join(' '))}; options=${q(n.options.flatMap((o) => o.names.filter((x) => x.startsWith('--'))).join(' '))}; files=${n.files ? 1 : 0} ;;`,
    ),
    '  esac',
    '  if [[ "$cur" == -* ]]; then',
    '    COMPREPLY=($(compgen -W "$options" -- "$cur"))',
    '  else',
    '    COMPREPLY=($(compgen -W "$commands" -- "$cur"))',
    '    ((files)) && COMPREPLY+=($(compgen -f -- "$cur"))',
    '  fi',
    '}',
    'complete -o filenames -F _pmp_completion pmp',
    '',
  ];
  return lines.filter((l) => l !== '').join('\n') + '\n';
}

export function zshScript(nodes: readonly CompletionNode[]): string {
  const item = (name: string, description: string) => q(`${name.replace(/:/g, '\\:')}:${oneLine(description)}`);
  const lines = [
    '#compdef pmp',
    HEADER('zsh'),
    '_pmp() {',
    '  local p="" w i skip=0 files=0',
    '  local -a subcommands options',
    '  for ((i = 2; i < CURRENT; i++)); do',
    '    w=${words[i]}',
    '    if ((skip)); then skip=0; continue; fi',
    '    case $w in',
    '      (--*=*) continue ;;',
    `      (-*) case " ${valueOptions(nodes).join(' ')} " in (*" $w "*) skip=1 ;; esac; continue ;;`,
    '    esac',
    '    case "$p/$w" in',
    `      (${paths(nodes).join('|')}) p="$p/$w" ;;`,
    '    esac',
    '  done',
    '  local prev=${words[CURRENT-1]}',
    '  case "$p $prev" in',
    ...nodes.flatMap((n) =>
      n.options
        .filter((o) => o.choices.length > 0 && (!o.global || n.path === ''))
        .map((o) => `    (${o.names.map((x) => (o.global ? `*' ${x}'` : q(`${n.path} ${x}`))).join('|')}) compadd -- ${o.choices.join(' ')}; return ;;`),
    ),
    '  esac',
    '  case $prev in',
    `    (${[...new Set(nodes.flatMap((n) => n.options.filter((o) => o.file).flatMap((o) => o.names)))].join('|')}) _files; return ;;`,
    `    (${valueOptions(nodes).join('|')}) return ;;`,
    '  esac',
    '  case $p in',
    ...nodes.map(
      (n) =>
        `    (${n.path === '' ? "''" : n.path}) subcommands=(${n.commands.map((c) => item(c.name, c.description)).join(' ')}); options=(${n.options
          .flatMap((o) => o.names.filter((x) => x.startsWith('--')).map((x) => item(x, o.description)))
          .join(' ')}); files=${n.files ? 1 : 0} ;;`,
    ),
    '  esac',
    '  if [[ ${words[CURRENT]} == -* ]]; then',
    "    _describe -t options 'option' options",
    '  else',
    "    (( ${#subcommands} )) && _describe -t commands 'command' subcommands",
    '    (( files )) && _files',
    '  fi',
    '}',
    // Loaded from $fpath, the file is the function's body; sourced, it registers the function.
    'if [[ $zsh_eval_context[-1] == loadautofunc ]]; then _pmp "$@"; else compdef _pmp pmp; fi',
    '',
  ];
  return lines.join('\n');
}

export function fishScript(nodes: readonly CompletionNode[]): string {
  const lines = [
    HEADER('fish').trimEnd(),
    'complete -c pmp -e',
    'complete -c pmp -f',
    `set -g __pmp_value_options ${valueOptions(nodes).join(' ')}`,
    `set -g __pmp_paths ${paths(nodes).join(' ')}`,
    '# true when the words typed so far name the command path $argv[1] ("" for pmp itself)',
    'function __pmp_path',
    '    set -l words (commandline -opc)',
    '    set -e words[1]',
    '    set -l p ""',
    '    set -l skip 0',
    '    for w in $words',
    '        if test $skip = 1',
    '            set skip 0',
    '            continue',
    '        end',
    '        switch $w',
    "            case '--*=*'",
    '                continue',
    "            case '-*'",
    '                contains -- $w $__pmp_value_options; and set skip 1',
    '                continue',
    '        end',
    '        contains -- "$p/$w" $__pmp_paths; and set p "$p/$w"',
    '    end',
    '    test "$p" = "$argv[1]"',
    'end',
  ];
  // fish reads \' and \\ as escapes inside single quotes.
  const fq = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  for (const n of nodes) {
    const when = `-n ${fq(`__pmp_path ${n.path === '' ? '""' : n.path}`)}`;
    for (const c of n.commands) lines.push(`complete -c pmp ${when} -a ${fq(c.name)} -d ${fq(oneLine(c.description))}`);
    for (const o of n.options) {
      // pmp's own options are accepted everywhere: listed once, without a condition.
      if (o.global && n.path !== '') continue;
      const cond = o.global ? '' : `${when} `;
      const names = o.names.map((x) => (x.startsWith('--') ? `-l ${x.slice(2)}` : `-s ${x.slice(1)}`)).join(' ');
      const value = o.file ? ' -r -F' : o.choices.length > 0 ? ` -x -a ${fq(o.choices.join(' '))}` : o.takesValue ? ' -x' : '';
      lines.push(`complete -c pmp ${cond}${names}${value} -d ${fq(oneLine(o.description))}`);
    }
    if (n.files) lines.push(`complete -c pmp ${when} -F`);
  }
  return lines.join('\n') + '\n';
}
