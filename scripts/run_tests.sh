#!/usr/bin/env bash
# Run every Vigilance test, in three stages, with the virtual environment made by
# scripts/install.sh --test (.venv, or $VIGILANCE_VENV):
#   1. core, widgets and command line: Qt offscreen, no D-Bus session (so a developer's own
#      keyring is never touched);
#   1b. reliability (tests/reliability): kill -9 during writes, init and migration, a full
#      disk (a small tmpfs: as root the full-disk tests must run, not skip), damaged files,
#      two processes at once; about 2 minutes (VIGILANCE_RELIABILITY_LONG=1: 200 kills each);
#   2. the real OS keyring: a private D-Bus session with gnome-keyring unlocked, in a
#      temporary HOME (marker keyring_integration);
#   3. a real window on a virtual X server: xvfb-run (marker xvfb); screenshots are saved in
#      artifacts/screenshots/;
#   4. only with VIGILANCE_TEST_FROZEN=1 (and scripts/install.sh --test --build): build the
#      PyInstaller binary and run it, in the keyring session too (marker frozen, ~2 min).
# Stages 2 and 3 must really run: a missing Secret Service or X server fails them instead of
# skipping (VIGILANCE_REQUIRE_KEYRING=0 / VIGILANCE_REQUIRE_XVFB=0 turn that off).
# Extra arguments go to every pytest run, e.g. scripts/run_tests.sh -x -k selfcheck; with a
# filter, a stage that selects nothing is not an error.
# The last line reads "Tests: N passed, N failed, N skipped"; the exit code is 0 only if
# every stage passed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

venv="${VIGILANCE_VENV:-.venv}"
[[ "$venv" == /* ]] || venv="$here/$venv"
py="$venv/bin/python"
if [[ ! -x "$py" ]]; then
    echo "run_tests.sh: no virtual environment in $venv: run scripts/install.sh --test first." >&2
    exit 1
fi
export VIGILANCE_REQUIRE_KEYRING="${VIGILANCE_REQUIRE_KEYRING:-1}"
export VIGILANCE_REQUIRE_XVFB="${VIGILANCE_REQUIRE_XVFB:-1}"
export PYTHONDONTWRITEBYTECODE=1
unset VIGILANCE_PASSWORD VIGILANCE_DATA_DIR PYTHON_KEYRING_BACKEND

work="$(mktemp -d -t vigilance-tests.XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p artifacts/screenshots

filtered=0
(($# > 0)) && filtered=1
failed_stages=()
stage_names=()

run_stage() {
    # run_stage NAME -- COMMAND...: run one pytest stage, write its JUnit report, keep going.
    local name="$1"
    shift 2
    echo
    echo "==> Stage $name"
    local started=$SECONDS rc=0
    "$@" || rc=$?
    if ((rc == 5)) && ((filtered)); then
        echo "==> Stage $name: no test selected by the filter"
        rc=0
    elif ((rc == 5)); then
        echo "==> Stage $name: FAILED, pytest collected no test (exit 5)"
    elif ((rc == 124 || rc == 137)); then
        echo "==> Stage $name: FAILED, still running after $stage_timeout s (stopped)"
    fi
    stage_names+=("$name")
    if ((rc != 0)); then
        failed_stages+=("$name")
        echo "==> Stage $name: FAILED (exit $rc) after $((SECONDS - started)) s"
    else
        echo "==> Stage $name: ok in $((SECONDS - started)) s"
    fi
}

# A hung test must not hold CI for its whole time limit: each stage gets 20 minutes.
stage_timeout="${VIGILANCE_STAGE_TIMEOUT:-1200}"
pytest_cmd=(timeout -k 30 "$stage_timeout" "$py" -m pytest -p no:cacheprovider)

# 1. Everything that needs neither a Secret Service nor an X server.
run_stage core -- env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY -u WAYLAND_DISPLAY \
    QT_QPA_PLATFORM=offscreen \
    "${pytest_cmd[@]}" -m "not keyring_integration and not xvfb and not frozen" \
    --ignore=tests/reliability --junitxml="$work/core.xml" "$@"

# 1b. Kills, full disks, damaged files, two processes. Mounting the small tmpfs needs root:
#     when running as root (CI), a full-disk test that cannot mount it fails instead of
#     skipping.
require_full_disk=0
(($(id -u) == 0)) && require_full_disk=1
run_stage reliability -- env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY -u WAYLAND_DISPLAY \
    QT_QPA_PLATFORM=offscreen VIGILANCE_REQUIRE_FULL_DISK="$require_full_disk" \
    "${pytest_cmd[@]}" tests/reliability --junitxml="$work/reliability.xml" "$@"

# 2. The real keyring: gnome-keyring in a private D-Bus session, unlocked with a throwaway
#    password, with HOME and XDG_RUNTIME_DIR in a temporary folder (the person's own keyring
#    and files are never used). Without --unlock gnome-keyring would ask through a prompt.
have_keyring_tools=0
command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null \
    && have_keyring_tools=1

in_keyring_session() {
    local home="$work/home-$1" run="$work/run-$1"
    shift
    mkdir -p "$home" "$run"
    chmod 700 "$home" "$run"
    env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS \
        -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_CACHE_HOME \
        HOME="$home" XDG_RUNTIME_DIR="$run" QT_QPA_PLATFORM=offscreen \
        dbus-run-session -- bash -c \
        'printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
         exec "$@"' keyring-session "$@"
}

if ((have_keyring_tools)); then
    run_stage keyring -- in_keyring_session keyring \
        "${pytest_cmd[@]}" -m "keyring_integration and not frozen" tests/integration \
        --junitxml="$work/keyring.xml" "$@"
else
    echo
    echo "==> Stage keyring: dbus-run-session or gnome-keyring-daemon is missing" \
         "(scripts/install.sh --test installs them)"
    if [[ "$VIGILANCE_REQUIRE_KEYRING" == 1 ]]; then failed_stages+=(keyring); fi
fi

# 3. A real window on a virtual X server.
if command -v xvfb-run >/dev/null; then
    run_stage xvfb -- env -u DBUS_SESSION_BUS_ADDRESS -u WAYLAND_DISPLAY \
        xvfb-run -a -s "-screen 0 1280x800x24" \
        "${pytest_cmd[@]}" -m xvfb tests/integration \
        --junitxml="$work/xvfb.xml" "$@"
else
    echo
    echo "==> Stage xvfb: xvfb-run is missing (scripts/install.sh --test installs it)"
    if [[ "$VIGILANCE_REQUIRE_XVFB" == 1 ]]; then failed_stages+=(xvfb); fi
fi

# 4. The one-folder binary (opt-in: the build takes a minute or two).
if [[ "${VIGILANCE_TEST_FROZEN:-0}" == 1 ]]; then
    if ((have_keyring_tools)); then
        run_stage frozen -- in_keyring_session frozen \
            "${pytest_cmd[@]}" -m frozen tests/integration --junitxml="$work/frozen.xml" "$@"
    else
        run_stage frozen -- env VIGILANCE_REQUIRE_KEYRING=0 QT_QPA_PLATFORM=offscreen \
            "${pytest_cmd[@]}" -m frozen tests/integration --junitxml="$work/frozen.xml" "$@"
    fi
fi

echo
"$py" - "$work"/*.xml <<'EOF'
import sys
import xml.etree.ElementTree as ET

passed = failed = skipped = 0
for name in sys.argv[1:]:
    try:
        root = ET.parse(name).getroot()
    except (OSError, ET.ParseError):
        continue
    for suite in root.iter("testsuite"):
        tests = int(suite.get("tests", 0))
        bad = int(suite.get("failures", 0)) + int(suite.get("errors", 0))
        skip = int(suite.get("skipped", 0))
        passed += tests - bad - skip
        failed += bad
        skipped += skip
with open(sys.argv[1].rsplit("/", 1)[0] + "/counts", "w") as out:
    out.write(f"{passed} passed, {failed} failed, {skipped} skipped")
EOF
counts="$(cat "$work/counts" 2>/dev/null || echo "0 passed, 0 failed, 0 skipped")"
if ((${#failed_stages[@]})); then
    echo "==> FAILED stages: ${failed_stages[*]}"
    echo "Tests: $counts"
    exit 1
fi
echo "==> All stages passed: ${stage_names[*]}"
echo "Tests: $counts"
