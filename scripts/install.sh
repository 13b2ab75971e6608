#!/usr/bin/env bash
# Install Vigilance from this folder on Debian or Ubuntu:
#   1. the system libraries Qt needs on a bare Linux (with apt-get, through sudo if needed),
#   2. a virtual environment in .venv (or $VIGILANCE_VENV) with `pip install -e .`.
#
#   scripts/install.sh           the app only
#   scripts/install.sh --test    the app, the test tools (pytest, Xvfb, gnome-keyring, D-Bus,
#                                sqlite3 ...) and the `test` extra
#   scripts/install.sh --build   also PyInstaller, to build the one-folder binary
#   --no-system                  skip apt-get (the libraries are already there)
#
# Safe to run again: apt-get and pip only add what is missing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

with_tests=0
with_build=0
with_system=1
for arg in "$@"; do
    case "$arg" in
        --test) with_tests=1 ;;
        --build) with_build=1 ;;
        --no-system) with_system=0 ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done
[[ "${VIGILANCE_SKIP_APT:-0}" == 1 ]] && with_system=0

# Libraries the PySide6-Essentials wheels load (QtCore/QtGui/QtWidgets/QtPrintSupport, the
# offscreen and xcb platform plugins), plus a font: without one Qt draws empty boxes.
# "a|b" picks the first name this release knows (Debian 13 renamed some libraries *t64).
runtime_packages=(
    libglib2.0-0t64\|libglib2.0-0
    libegl1 libgl1
    libfontconfig1 libfreetype6 fontconfig fonts-dejavu-core
    libdbus-1-3
    libx11-6 libx11-xcb1 libxcb1 libxkbcommon0 libxkbcommon-x11-0
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render0
    libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0
    libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 libxcb-util1 libxcb-glx0
    libcups2t64\|libcups2
    python3 python3-venv
)
# What the tests use besides: a virtual X server, a real Secret Service in a private D-Bus
# session, the sqlite3 command (to show the store is unreadable without its key), pdftotext,
# and a system tray host on the virtual X server for the reviews tray (trayer: an XEmbed tray).
test_packages=(
    xvfb xauth
    dbus dbus-daemon\|dbus dbus-bin\|dbus
    gnome-keyring
    trayer
    sqlite3 poppler-utils
)

# What PyInstaller needs to freeze the app: objdump, and Python's shared library.
build_packages=(binutils libpython3-dev)

as_root() {
    if [[ "$(id -u)" == 0 ]]; then "$@"; else sudo "$@"; fi
}

pick_available() {
    # Print, for each "a|b" choice, the first name that has an installation candidate.
    local choice name policy
    for choice in "$@"; do
        for name in ${choice//|/ }; do
            policy="$(apt-cache policy "$name" 2>/dev/null || true)"
            if [[ "$policy" =~ Candidate:\ [^\(] ]]; then
                echo "$name"
                continue 2
            fi
        done
        echo "install.sh: no package found for '$choice'" >&2
        return 1
    done
}

if [[ "$with_system" == 1 ]]; then
    if command -v apt-get >/dev/null 2>&1; then
        wanted=("${runtime_packages[@]}")
        [[ "$with_tests" == 1 ]] && wanted+=("${test_packages[@]}")
        [[ "$with_build" == 1 ]] && wanted+=("${build_packages[@]}")
        echo "==> apt-get update"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        names="$(pick_available "${wanted[@]}")"
        mapfile -t resolved < <(sort -u <<<"$names")
        echo "==> apt-get install ${resolved[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            --no-install-recommends "${resolved[@]}" >/dev/null
    else
        echo "install.sh: apt-get not found; install the Qt libraries listed in README.md" \
             "yourself, then run again with --no-system." >&2
        exit 1
    fi
fi

venv="${VIGILANCE_VENV:-.venv}"
python="${PYTHON:-python3}"
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "install.sh: Vigilance needs Python 3.11 or newer ($python is" \
         "$("$python" --version 2>&1))." >&2
    exit 1
fi
if [[ ! -x "$venv/bin/python" ]]; then
    echo "==> $python -m venv $venv"
    "$python" -m venv "$venv"
fi
extras=()
[[ "$with_tests" == 1 ]] && extras+=(test)
[[ "$with_build" == 1 ]] && extras+=(build)
extra=""
((${#extras[@]})) && extra="[$(IFS=,; echo "${extras[*]}")]"
echo "==> pip install -e .$extra"
"$venv/bin/python" -m pip install --disable-pip-version-check -q -e ".$extra"
echo "==> Installed: $("$venv/bin/vigilance" --version) in $venv"
