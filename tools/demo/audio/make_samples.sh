#!/usr/bin/env bash
# Regenerate the demo's voice notes: synthesised speech (Debian's flite),
# converted to what Twilio sends for a recording: 8 kHz mono 16-bit PCM WAV.
# Needs: flite, sox (apt-get install flite sox). The spoken words are the
# `spoken` fields of VOICE_NOTES in tools/demo/story.py: keep them in step.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
voice="${FLITE_VOICE:-rms}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

synthesise() {
    local name="$1" words="$2"
    flite -voice "$voice" -t "$words" -o "$work/$name"
    # Phone band: resample to 8 kHz mono, 16-bit, with a little headroom.
    sox "$work/$name" -r 8000 -c 1 -b 16 -e signed-integer "$here/$name" gain -n -3
    echo "$here/$name: $(stat -c %s "$here/$name") bytes"
}

synthesise standup.wav \
    "Before the standup my chest was tight again. The breathing helped a bit."
synthesise foreman.wav \
    "The foreman is online again. I wanted to leave the meeting. Maybe six out of ten."
