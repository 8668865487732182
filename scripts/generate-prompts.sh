#!/usr/bin/env bash
# Renders the Hotline's French prompts into the sound files Asterisk plays.
#
# Texts:  src/main/resources/prompts/*_fr.properties, one `key=text` per prompt (UTF-8).
# Sounds: asterisk-config/sounds/<key>.wav, WAV 8000 Hz mono 16-bit signed PCM, played by
#         Asterisk as hotline/<key> from /var/lib/asterisk/sounds/fr/hotline/.
# Hashes: asterisk-config/sounds/.texts, one line per sound: `<key> <sha256 of its text> <origin>`,
#         origin `espeak-ng` (made by this script) or `recording` (a studio recording). The SHA-256
#         is taken over the text's UTF-8 bytes as read below (surrounding blanks removed), so a
#         fresh clone can tell a sound made from an older text; PromptFilesTests checks the same.
#
# A run renders only the prompts whose sound is missing or was made from another text, leaves
# studio recordings alone, then checks everything and exits non-zero if anything is still out of
# step. Output is deterministic for a given espeak-ng and SoX version.
set -euo pipefail
export LC_ALL=C

usage() {
  cat <<'EOF'
Usage: scripts/generate-prompts.sh [options]

Renders every prompt of src/main/resources/prompts/*_fr.properties whose sound
asterisk-config/sounds/<key>.wav is missing or was made from another text.

  --only KEY              work on this prompt only (repeatable)
  --force                 re-render even the prompts that are up to date (studio recordings are
                          kept, unless named with --only)
  --check                 render nothing: list the prompts whose sound is missing or older than
                          its text, and the sounds without a text; exit 1 if there is any
  --accept-recording KEY  asterisk-config/sounds/KEY.wav is now a studio recording of the current
                          text: convert it to WAV 8 kHz mono 16-bit if needed, record the text's
                          hash, and never overwrite it with the synthetic voice (repeatable)
  --prune                 delete the sounds (and their hashes) whose key has no text any more
  --durations             render nothing: print each prompt's length, duration and pace
  -h, --help              this help

Needs the Debian packages espeak-ng and sox (not for --check).
Exit status: 0 when every prompt has an up-to-date sound and no sound lacks a text, 1 otherwise,
2 on a usage or input error.
EOF
}

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TEXTS_DIR=${HOTLINE_PROMPTS_DIR:-$ROOT/src/main/resources/prompts}
SOUNDS_DIR=${HOTLINE_SOUNDS_DIR:-$ROOT/asterisk-config/sounds}
MANIFEST=$SOUNDS_DIR/.texts

# The synthetic voice: espeak-ng's French (France) voice, a little slower than its default
# 175 words per minute so that callers under stress follow, with a longer pause between sentences.
VOICE=fr-fr
SPEED_WPM=135
PITCH=45
SENTENCE_PAUSE_MS=550
# Silence kept before and after the speech (espeak-ng's own leading and trailing silence is
# trimmed first), and the peak level after normalisation.
LEAD_IN_S=0.15
TAIL_S=0.3
PEAK_DBFS=-3

die() {
  echo "generate-prompts: $*" >&2
  exit 2
}

need() { # command, Debian package
  command -v "$1" >/dev/null 2>&1 ||
    die "$1 not found: install the Debian package $2 (apt-get install $2)"
}

trim() { # prints $1 without leading and trailing blanks
  local s=$1
  s=${s#"${s%%[![:space:]]*}"}
  s=${s%"${s##*[![:space:]]}"}
  printf '%s' "$s"
}

sha256() { printf '%s' "$1" | sha256sum | cut -d' ' -f1; }

chars() { printf '%s' "$1" | perl -CS -ne 'print length'; }

# --- options -----------------------------------------------------------------------------------

MODE=generate
FORCE=no
PRUNE=no
ONLY=()
ACCEPT=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --only) [[ $# -ge 2 ]] || die "--only needs a key"; ONLY+=("$2"); shift 2 ;;
    --accept-recording) [[ $# -ge 2 ]] || die "--accept-recording needs a key"; ACCEPT+=("$2"); shift 2 ;;
    --force) FORCE=yes; shift ;;
    --prune) PRUNE=yes; shift ;;
    --check) MODE=check; shift ;;
    --durations) MODE=durations; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown option: $1" ;;
  esac
done
[[ $MODE == generate || (${#ONLY[@]} -eq 0 && ${#ACCEPT[@]} -eq 0 && $FORCE == no && $PRUNE == no) ]] ||
  die "--check and --durations take no other option"

need sha256sum coreutils
need perl perl-base

# --- texts -------------------------------------------------------------------------------------

# The files are read as plain `key=text` lines, the subset of the .properties format on which
# this script and java.util.Properties agree: no backslash escapes nor continuation lines.
declare -A TEXT=() WHERE=() HASH=() ORIGIN=()
KEYS=()
shopt -s nullglob
PROPERTY_FILES=("$TEXTS_DIR"/*_fr.properties)
shopt -u nullglob
[[ ${#PROPERTY_FILES[@]} -gt 0 ]] || die "no *_fr.properties in $TEXTS_DIR"

for file in "${PROPERTY_FILES[@]}"; do
  name=${file#"$ROOT"/}
  n=0
  while IFS= read -r line || [[ -n $line ]]; do
    n=$((n + 1))
    line=${line%$'\r'}
    content=$(trim "$line")
    [[ -z $content || $content == '#'* || $content == '!'* ]] && continue
    [[ $content != *\\* ]] || die "$name:$n: backslash: write the text plainly, in UTF-8"
    [[ $content == *=* ]] || die "$name:$n: expected key=text"
    key=$(trim "${content%%=*}")
    text=$(trim "${content#*=}")
    [[ $key =~ ^[a-z0-9][a-z0-9-]*$ ]] ||
      die "$name:$n: key '$key': lower-case letters, digits and hyphens only (it names a file)"
    [[ -n $text ]] || die "$name:$n: $key has no text"
    [[ -z ${TEXT[$key]+set} ]] || die "$name:$n: $key is already defined in ${WHERE[$key]}"
    TEXT[$key]=$text
    WHERE[$key]=$name:$n
    KEYS+=("$key")
  done <"$file"
done

for key in "${ONLY[@]}" "${ACCEPT[@]}"; do
  [[ -n ${TEXT[$key]+set} ]] || die "no prompt text has the key '$key'"
done

# --- recorded hashes ---------------------------------------------------------------------------

if [[ -f $MANIFEST ]]; then
  n=0
  while IFS= read -r line || [[ -n $line ]]; do
    n=$((n + 1))
    [[ -z $line || $line == '#'* ]] && continue
    read -r key hash origin rest <<<"$line"
    [[ $hash =~ ^[0-9a-f]{64}$ && ($origin == espeak-ng || $origin == recording) && -z $rest ]] ||
      die "$MANIFEST:$n: expected '<key> <sha256> espeak-ng|recording'"
    HASH[$key]=$hash
    ORIGIN[$key]=$origin
  done <"$MANIFEST"
fi

write_manifest() {
  local tmp key
  tmp=$(mktemp "$SOUNDS_DIR/.texts.XXXXXX")
  {
    echo "# Prompt sounds and the SHA-256 of the text each was made from (UTF-8, trimmed):"
    echo "# <key> <sha256> <origin: espeak-ng or recording>. Written by scripts/generate-prompts.sh;"
    echo "# checked by PromptFilesTests. Do not edit by hand."
    for key in "${!HASH[@]}"; do
      echo "$key ${HASH[$key]} ${ORIGIN[$key]}"
    done | sort
  } >"$tmp"
  chmod 644 "$tmp"
  mv "$tmp" "$MANIFEST"
}

# --- checking ----------------------------------------------------------------------------------

# Prints one line per problem; returns 1 if there is any.
check() {
  local key problems=0 file base
  for key in "${KEYS[@]}"; do
    if [[ ! -f $SOUNDS_DIR/$key.wav ]]; then
      echo "missing   $key (${WHERE[$key]}): no sound"
      problems=$((problems + 1))
    elif [[ -z ${HASH[$key]+set} ]]; then
      echo "stale     $key (${WHERE[$key]}): no text hash recorded for its sound"
      problems=$((problems + 1))
    elif [[ ${HASH[$key]} != "$(sha256 "${TEXT[$key]}")" ]]; then
      if [[ ${ORIGIN[$key]} == recording ]]; then
        echo "stale     $key (${WHERE[$key]}): text changed since the studio recording;" \
          "re-record it then --accept-recording $key, or --force --only $key for the synthetic voice"
      else
        echo "stale     $key (${WHERE[$key]}): text changed since its sound was made"
      fi
      problems=$((problems + 1))
    fi
  done
  shopt -s nullglob
  for file in "$SOUNDS_DIR"/*; do
    base=${file##*/}
    base=${base%%.*}
    if [[ -z ${TEXT[$base]+set} ]]; then
      echo "orphan    ${file#"$ROOT"/}: no prompt text has the key '$base' (--prune deletes it)"
      problems=$((problems + 1))
    fi
  done
  shopt -u nullglob
  for key in "${!HASH[@]}"; do
    if [[ -z ${TEXT[$key]+set} && ! -e $SOUNDS_DIR/$key.wav ]]; then
      echo "orphan    $key: a hash is recorded but there is neither text nor sound (--prune deletes it)"
      problems=$((problems + 1))
    fi
  done
  [[ $problems -eq 0 ]]
}

if [[ $MODE == check ]]; then
  if check; then
    echo "${#KEYS[@]} prompts, every sound up to date with its text"
    exit 0
  fi
  echo "Run scripts/generate-prompts.sh to bring the sounds up to date." >&2
  exit 1
fi

# --- durations ---------------------------------------------------------------------------------

duration() { soxi -D "$1"; }

pace_line() { # key
  local key=$1 c d
  c=$(chars "${TEXT[$key]}")
  d=$(duration "$SOUNDS_DIR/$key.wav")
  awk -v k="$key" -v c="$c" -v d="$d" -v o="${ORIGIN[$key]:-?}" \
    'BEGIN { printf "%-24s %5d chars %7.2f s %6.1f chars/s  %s\n", k, c, d, c / d, o }'
}

if [[ $MODE == durations ]]; then
  need soxi sox
  for key in "${KEYS[@]}"; do
    if [[ -f $SOUNDS_DIR/$key.wav ]]; then pace_line "$key"; else echo "$key: no sound"; fi
  done
  exit 0
fi

# --- generating --------------------------------------------------------------------------------

need espeak-ng espeak-ng
need sox sox
need soxi sox
espeak-ng --voices=fr | grep -q " $VOICE " ||
  die "espeak-ng has no voice $VOICE: install the Debian package espeak-ng-data"
mkdir -p "$SOUNDS_DIR"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# The text espeak-ng reads, as SSML: the characters SSML reserves are escaped, a telephone number
# written in pairs (02 32 10 09 00) is read pair by pair rather than as one large number, « 9 heures »
# is spelt out (espeak-ng says « neuf-z-heures » for the digit), and a sentence end gets a longer
# pause. The text file itself is never changed.
speech_text() {
  printf '%s' "$1" | perl -pe '
    s/&/&amp;/g; s/</&lt;/g; s/>/&gt;/g;
    s{\b(0[1-9](?: [0-9]{2}){4})\b}{ join(", ", split(/ /, $1)) }ge;
    s{\b9 heure}{neuf heure}g;
    s{([.!?])\s+}{$1 <break time="'"$SENTENCE_PAUSE_MS"'ms"/> }g;
    $_ = "<speak>$_</speak>";'
}

render() { # key
  local key=$1 out=$SOUNDS_DIR/$1.wav
  speech_text "${TEXT[$key]}" >"$WORK/$key.ssml"
  espeak-ng -v "$VOICE" -s "$SPEED_WPM" -p "$PITCH" -m -b 1 -f "$WORK/$key.ssml" -w "$WORK/$key.raw.wav"
  # -D: no dither, so that the same text always gives the same bytes.
  sox -D -R -V1 "$WORK/$key.raw.wav" -t wav -r 8000 -c 1 -b 16 -e signed-integer "$WORK/$key.wav" \
    silence 1 0.01 0.1% reverse silence 1 0.01 0.1% reverse \
    rate -v 8000 norm "$PEAK_DBFS" pad "$LEAD_IN_S" "$TAIL_S"
  chmod 644 "$WORK/$key.wav"
  mv "$WORK/$key.wav" "$out"
  HASH[$key]=$(sha256 "${TEXT[$key]}")
  ORIGIN[$key]=espeak-ng
}

accept_recording() { # key
  local key=$1 file=$SOUNDS_DIR/$1.wav
  [[ -f $file ]] || die "--accept-recording $key: put the studio recording at ${file#"$ROOT"/} first"
  if [[ "$(soxi -t "$file") $(soxi -r "$file") $(soxi -c "$file") $(soxi -b "$file") $(soxi -e "$file")" \
    != "wav 8000 1 16 Signed Integer PCM" ]]; then
    echo "converting ${file#"$ROOT"/} to WAV 8000 Hz mono 16-bit (level unchanged)"
    sox -R -V1 "$file" -t wav -r 8000 -c 1 -b 16 -e signed-integer "$WORK/$key.wav" remix - rate -v 8000
    chmod 644 "$WORK/$key.wav"
    mv "$WORK/$key.wav" "$file"
  fi
  HASH[$key]=$(sha256 "${TEXT[$key]}")
  ORIGIN[$key]=recording
  echo "accepted  $key as a studio recording"
}

for key in "${ACCEPT[@]}"; do
  accept_recording "$key"
done

if [[ ${#ACCEPT[@]} -eq 0 || ${#ONLY[@]} -gt 0 ]]; then
  if [[ ${#ONLY[@]} -gt 0 ]]; then SELECTED=("${ONLY[@]}"); else SELECTED=("${KEYS[@]}"); fi
  rendered=0
  for key in "${SELECTED[@]}"; do
    current=$(sha256 "${TEXT[$key]}")
    up_to_date=no
    [[ -f $SOUNDS_DIR/$key.wav && ${HASH[$key]:-} == "$current" ]] && up_to_date=yes
    if [[ ${ORIGIN[$key]:-} == recording && -f $SOUNDS_DIR/$key.wav ]]; then
      # A studio recording is replaced only when asked for by name.
      [[ $FORCE == yes && ${#ONLY[@]} -gt 0 ]] || continue
    elif [[ $up_to_date == yes && $FORCE == no ]]; then
      continue
    fi
    render "$key"
    rendered=$((rendered + 1))
    printf 'rendered  '
    pace_line "$key"
  done
  echo "$rendered rendered, $((${#SELECTED[@]} - rendered)) up to date or recorded in the studio"
fi

if [[ $PRUNE == yes ]]; then
  shopt -s nullglob
  for file in "$SOUNDS_DIR"/*; do
    base=${file##*/}
    base=${base%%.*}
    if [[ -z ${TEXT[$base]+set} ]]; then
      rm -- "$file"
      echo "pruned    ${file#"$ROOT"/}"
    fi
  done
  shopt -u nullglob
  for key in "${!HASH[@]}"; do
    [[ -n ${TEXT[$key]+set} ]] || unset "HASH[$key]" "ORIGIN[$key]"
  done
fi

write_manifest

if ! check; then
  echo "Some sounds are still out of step with their texts (see above)." >&2
  exit 1
fi
