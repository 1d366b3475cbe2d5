# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the scripts in tools/: where the build environment lives.

PES_ROOT=${PES_ROOT:-/var/cache/pes-desktop/trixie}
PES_SOURCE=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

pes_os_description() {
    . /etc/os-release
    echo "${PRETTY_NAME:-$ID $VERSION_ID}"
}

# True when this machine's own packages are recent enough (Qt 6.8, KF6).
pes_native() {
    [ "${PES_FORCE_ROOT:-0}" = 1 ] && return 1
    . /etc/os-release
    case "$ID" in
    debian) [ "${VERSION_ID%%.*}" -ge 13 ] 2>/dev/null || [ -z "${VERSION_ID:-}" ] ;;
    ubuntu) [ "$(echo "$VERSION_ID" | tr -d .)" -ge 2504 ] 2>/dev/null ;;
    *) return 1 ;;
    esac
}
