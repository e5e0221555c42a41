# Used by completion.test.ts: zsh -f zsh-complete.zsh SCRIPT LINE... types each LINE
# and a TAB into an interactive zsh that sourced SCRIPT, and prints the completed line.
zmodload zsh/zpty
local script=$1; shift
zpty z 'zsh -f -i'
zpty -w z "PROMPT='%% '; bindkey -e; autoload -Uz compinit; compinit -u -D; source ${(q)script}; zstyle ':completion:*' menu no"
local i=0 out all=""
for line in "$@"; do
  (( i++ ))
  zpty -w -n z "$line"$'\t'$'\x01'"print -r -- RESULT$i:"$'\x05\n'
  all=""
  while zpty -r -t z out; do all+=$out; [[ $all == *$'\n'RESULT$i:* && $all == *$'\n'RESULT$i:*$'\n'* ]] && break; done
  # wait until the result line is complete
  while [[ $all != *$'\n'RESULT$i:*$'\n'* ]]; do zpty -r z out || break; all+=$out; done
  print -r -- ${(S)all//$'\e'\[*([a-zA-Z])/} | tr -d '\r' | grep -a "^RESULT$i:"
done
zpty -d z
