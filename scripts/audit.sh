#!/usr/bin/env bash
# `npm audit --omit=dev` at level high. Some registries (mirrors) do not serve the audit
# endpoint: that is reported as "not checked", not as a pass, and does not fail CI.
set -uo pipefail
out=$(npm audit --omit=dev --audit-level=high 2>&1); code=$?
echo "$out" | grep -v "Unknown user config"
if [ $code -ne 0 ] && echo "$out" | grep -q "audit endpoint returned an error"; then
  echo "audit: NOT CHECKED, this registry does not serve npm's audit endpoint" >&2
  exit 0
fi
exit $code
