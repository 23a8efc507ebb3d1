#!/usr/bin/env bash
# Installs whatever is missing (scripts/setup.sh), then serves the app with live reload at
# http://127.0.0.1:8080 (debug build; pass --release for an optimised one). Extra arguments go
# to `trunk serve`.
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
bash "$PLANLENS_ROOT/scripts/setup.sh"
cd "$PLANLENS_ROOT"
# A release build with LTO takes minutes; serving does not need it.
export CARGO_PROFILE_RELEASE_LTO="${CARGO_PROFILE_RELEASE_LTO:-false}"
echo "serve: building, then serving at http://127.0.0.1:8080/ (Ctrl-C stops)" >&2
exec trunk serve --offline=true --address 127.0.0.1 --port 8080 "$@"
