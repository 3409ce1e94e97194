#!/usr/bin/env bash
# Debian packages Carryback's tests, benchmarks and demo rely on. Idempotent.
set -euo pipefail
# chromium: the browser tests drive Debian's build (Playwright never downloads one).
# nginx-light: the TLS-terminating proxy the demo and the browser tests put in front.
# wordnet-base: WordNet 3.0, the cue matcher's lemmas and synonyms (checked by SHA-256 in
# shared/language/cues/wordnet.py; without it cues match without synonyms).
# wspanish, wamerican-large: the Spanish and English word lists the cue matcher checks
# Spanish forms against and crisis triage checks a mistyped crisis word against (SHA-256
# pinned in shared/language/wordlists.py).
# dict-freedict-spa-eng, dict-freedict-eng-spa, mythes-es: English words and checked synonyms
# for Spanish cues' words (SHA-256 pinned in shared/language/cues/bilingual.py).
# faketime: tests/chaos/test_clock_skew.py runs the summary service an hour ahead and behind.
# espeak-ng: its Spanish voices speak some of the Spanish test speech
# (tests/fixtures/audio/make_clips.py).
# festvox-ellpc11k: Festival's Castilian Spanish voice, the most natural Spanish voice Debian has;
# it speaks the Spanish test speech the recogniser is measured on. It is in Debian's non-free
# component (its diphones are for research, educational and individual use only), so that
# component is added below when no source offers it; its clips are made at test time and never
# committed (docs/speech.md).
packages=(redis-server openssl sox flite festival festvox-kallpc16k libsndfile1 pocketsphinx-testdata
  espeak-ng docker-compose wrk chromium nginx-light wordnet-base wspanish faketime
  festvox-ellpc11k)
packages+=(dict-freedict-spa-eng dict-freedict-eng-spa mythes-es wamerican-large)
# poppler-utils: pdftotext/pdfinfo read the brief's PDF back (demo and tests); libpango*:
# WeasyPrint draws the PDF with them.
packages+=(poppler-utils libpango-1.0-0 libpangoft2-1.0-0)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  # Not root: say what is missing and carry on; tests that need a missing
  # tool say so themselves.
  echo "note: missing Debian packages: ${missing[*]} (as root: make system-deps)" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
sources_dir=/etc/apt/sources.list.d
non_free_file="$sources_dir/carryback-debian-non-free.sources"

# Debian's contrib and non-free components, for Festival's Spanish voice, in a file of their own
# (deb822) so the machine's own source list is left as it is; only when no source offers them.
write_non_free() {
  local codename signed_by="$1"
  codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")
  {
    echo "# Added by Carryback's scripts/system-deps.sh: Festival's Spanish voice (festvox-ellpc11k)."
    echo "Types: deb"
    echo "URIs: http://deb.debian.org/debian"
    echo "Suites: $codename"
    echo "Components: contrib non-free"
    if [ -n "$signed_by" ]; then echo "Signed-By: $signed_by"; fi
  } >"$non_free_file"
}

needs_voice=false
if [[ " ${missing[*]} " == *" festvox-ellpc11k "* ]]; then needs_voice=true; fi
if $needs_voice && ! grep -rqsE '^[^#]*[[:space:]]non-free([[:space:]]|$)' \
  /etc/apt/sources.list "$sources_dir"; then
  if [ "$(. /etc/os-release && echo "${ID:-}")" != "debian" ]; then
    echo "note: not Debian: Festival's Spanish voice is left out (its tests skip)" >&2
    missing=("${missing[@]/festvox-ellpc11k}")
  else
    # apt refuses two entries for one archive with different Signed-By values, and the
    # machine's own entry may name the keyring or not: try both ways, else leave it out.
    write_non_free /usr/share/keyrings/debian-archive-keyring.gpg
    if ! apt-get update -qq; then
      write_non_free ""
      if ! apt-get update -qq; then
        rm -f "$non_free_file"
        echo "note: Debian non-free could not be added: Festival's Spanish voice is left out" >&2
        missing=("${missing[@]/festvox-ellpc11k}")
      fi
    fi
  fi
fi
apt-get update -qq
read -r -a missing <<<"${missing[*]}"
if [ "${#missing[@]}" -gt 0 ]; then
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
