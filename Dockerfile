# One image for every Carryback process (intake, worker, summary, migrate);
# docker-compose.yml picks the command. Settings come from the environment at
# run time: nothing secret is copied or baked in (see .dockerignore).

# Build the wheels in a throwaway stage so the runtime image carries no
# compilers, no pip cache and no source tree.
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY shared ./shared
COPY services ./services
RUN pip wheel --wheel-dir /wheels .

FROM python:3.11-slim
# MPLCONFIGDIR: matplotlib (brief charts) needs a writable config directory.
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    MPLCONFIGDIR=/tmp/matplotlib
# libsndfile1: soundfile decodes Twilio's voice recordings with it.
# wordnet-base: the cue matcher's lemmas and synonyms (SHA-256 pinned in shared/language/cues/wordnet.py).
# wspanish, wamerican-large: the word lists the cue matcher and crisis triage check words
# against (pinned in shared/language/wordlists.py).
# dict-freedict-*, mythes-es: English words and synonyms for Spanish cues (pinned in bilingual.py).
RUN apt-get update \
    && apt-get install -y --no-install-recommends libsndfile1 wordnet-base wspanish wamerican-large \
       dict-freedict-spa-eng dict-freedict-eng-spa mythes-es \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /wheels /tmp/wheels
RUN pip install --no-index --find-links /tmp/wheels carryback && rm -rf /tmp/wheels
RUN useradd --create-home --uid 10001 --user-group carryback
USER carryback
WORKDIR /home/carryback
# The spool's mount point, owned by the service user and private: a new
# named volume takes this directory's owner and mode.
RUN mkdir -p -m 0700 /home/carryback/var/spool
EXPOSE 8000
CMD ["carryback", "--help"]
