#!/usr/bin/env bash
# Installs Debian's `spamassassin` package for benchmarks/spamassassin.py (a quality baseline
# from an established filter). A benchmark tool only: the app never needs it. Idempotent; needs
# root (or sudo) for apt-get. Prints the installed version.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

if ! dpkg-query -W -f='${Status}' spamassassin 2>/dev/null | grep -q 'install ok installed'; then
    # A fresh machine may have no package lists yet: then there is no candidate.
    if ! apt-cache policy spamassassin 2>/dev/null | grep -q 'Candidate: [0-9]'; then
        $SUDO apt-get update
    fi
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends spamassassin
fi

# Local rules only: the rules shipped in the package are used as they are (no sa-update, which
# would need the network).
perl -MMail::SpamAssassin -e 'print "SpamAssassin ", Mail::SpamAssassin::Version(), "\n"'
