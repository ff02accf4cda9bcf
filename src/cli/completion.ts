// `analyze completion bash|zsh|fish`: a completion script made from the command's own option list,
// so it never falls behind the options. Install as the README says (or `source <(analyze completion bash)`).
import type { Command, Option } from 'commander';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** Words that may come first instead of an input. */
const COMMANDS: Record<string, string> = {
  summary: 'one summary across many statements',
  completion: 'print a shell completion script',
};

interface Flag {
  short: string | null;
  long: string;
  description: string;
  /** Takes a value. */
  value: boolean;
  choices: string[] | null;
  /** The value is a file name. */
  file: boolean;
}

function flags(cmd: Command): Flag[] {
  const all: Flag[] = cmd.options.map((o: Option) => ({
    short: o.short ?? null,
    long: o.long!,
    description: o.description,
    value: o.required || o.optional,
    choices: o.argChoices ?? null,
    file: o.long === '--output',
  }));
  all.push({
    short: '-h',
    long: '--help',
    description: 'show help with examples',
    value: false,
    choices: null,
    file: false,
  });
  return all;
}

const names = (f: Flag) => [f.short, f.long].filter((n): n is string => !!n);

function bash(fs: Flag[]): string {
  const cases = fs
    .filter((f) => f.value)
    .map((f) => {
      const reply = f.choices
        ? `COMPREPLY=($(compgen -W "${f.choices.join(' ')}" -- "$cur"))`
        : f.file
          ? 'COMPREPLY=($(compgen -f -- "$cur"))'
          : 'COMPREPLY=()';
      return `    ${names(f).join('|')}) ${reply}; return ;;`;
    });
  return `# bash completion for analyze: analyze completion bash > ~/.local/share/bash-completion/completions/analyze
_analyze() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  case "$prev" in
${cases.join('\n')}
  esac
  if [[ \${COMP_WORDS[1]} == completion ]]; then
    COMPREPLY=($(compgen -W "${SHELLS.join(' ')}" -- "$cur")); return
  fi
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "${fs.flatMap(names).join(' ')}" -- "$cur")); return
  fi
  COMPREPLY=($(compgen -f -- "$cur"))
  if [[ $COMP_CWORD -eq 1 ]]; then COMPREPLY+=($(compgen -W "${Object.keys(COMMANDS).join(' ')}" -- "$cur")); fi
}
complete -o filenames -F _analyze analyze
`;
}

/** Text inside a zsh _arguments spec: no brackets or colons, single quotes closed and reopened. */
const zshText = (s: string) => s.replace(/[[\]]/g, '').replace(/:/g, ' -').replace(/'/g, `'\\''`);

function zsh(fs: Flag[]): string {
  const specs = fs.map((f) => {
    const both = names(f);
    const exclusive = both.length > 1 ? `'(${both.join(' ')})'{${both.join(',')}}` : `'${f.long}`;
    const open = both.length > 1 ? `'` : '';
    const value = !f.value
      ? ''
      : f.choices
        ? `:${f.long.slice(2)}:(${f.choices.join(' ')})`
        : f.file
          ? ':file:_files'
          : `:${f.long.slice(2)}: `;
    return `    ${exclusive}${open}[${zshText(f.description)}]${value}'`;
  });
  const commands = Object.entries(COMMANDS)
    .map(([c, d]) => `'${c}:${zshText(d)}'`)
    .join(' ');
  return `#compdef analyze
# zsh completion for analyze: analyze completion zsh > "\${fpath[1]}/_analyze"
_analyze() {
  if [[ $words[2] == completion ]]; then
    _values shell ${SHELLS.join(' ')}; return
  fi
  _arguments -s \\
${specs.join(' \\\n')} \\
    '1: :->first' \\
    '*:input:_files'
  if [[ $state == first ]]; then
    local -a commands=(${commands})
    _describe command commands
    _files
  fi
}
compdef _analyze analyze
`;
}

const fishText = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function fish(fs: Flag[]): string {
  const lines = fs.map((f) => {
    const parts = ['complete -c analyze'];
    if (f.short) parts.push(`-s ${f.short.slice(1)}`);
    parts.push(`-l ${f.long.slice(2)}`);
    if (f.value) parts.push(f.file ? '-r -F' : '-x');
    if (f.choices) parts.push(`-a ${fishText(f.choices.join(' '))}`);
    parts.push(`-d ${fishText(f.description)}`);
    return parts.join(' ');
  });
  const commands = Object.entries(COMMANDS).map(
    ([c, d]) => `complete -c analyze -n __fish_use_subcommand -a ${c} -d ${fishText(d)}`,
  );
  return `# fish completion for analyze: analyze completion fish > ~/.config/fish/completions/analyze.fish
${commands.join('\n')}
complete -c analyze -n '__fish_seen_subcommand_from completion' -x -a '${SHELLS.join(' ')}'
${lines.join('\n')}
`;
}

export function completionScript(shell: Shell, cmd: Command): string {
  const fs = flags(cmd);
  return shell === 'bash' ? bash(fs) : shell === 'zsh' ? zsh(fs) : fish(fs);
}
