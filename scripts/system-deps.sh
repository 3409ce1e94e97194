#!/usr/bin/env bash
# Debian packages Carryback's tests, benchmarks and demo rely on. Idempotent.
set -euo pipefail
# chromium: the browser tests drive Debian's build (Playwright never downloads one).
# nginx-light: the TLS-terminating proxy the demo and the browser tests put in front.
# wordnet-base: WordNet 3.0, the cue matcher's lemmas and synonyms (checked by SHA-256 in
# shared/language/cues/wordnet.py; without it cues match without synonyms).
# wspanish: the Spanish word list the cue matcher checks diminutives and "re-" forms
# against (SHA-256 pinned in shared/language/cues/spanish_words.py).
# dict-freedict-spa-eng, dict-freedict-eng-spa, mythes-es: English words and checked synonyms
# for Spanish cues' words (SHA-256 pinned in shared/language/cues/bilingual.py).
# faketime: tests/chaos/test_clock_skew.py runs the summary service an hour ahead and behind.
# espeak-ng: its Spanish voices speak the Spanish clips (tests/fixtures/audio/make_clips.py).
# Festival's Spanish voice (festvox-ellpc11k) and the mbrola voices are in Debian non-free, not
# installed here: bench/transcription.py measures them when present (docs/speech.md).
packages=(redis-server openssl sox flite festival festvox-kallpc16k libsndfile1 pocketsphinx-testdata
  espeak-ng docker-compose wrk chromium nginx-light wordnet-base wspanish faketime)
packages+=(dict-freedict-spa-eng dict-freedict-eng-spa mythes-es)
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
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
