#!/bin/sh
# Registers omnimap-cli as the merge driver for *.omnimap files in a git repository,
# so `git merge`, `git rebase` and `git pull` merge plans by item id instead of by line.
#
#   scripts/git-merge-driver.sh [REPOSITORY] [PATH-TO-omnimap-cli]
#
# Run it once per clone (git config is not versioned); commit the .gitattributes line.
set -eu

repo=${1:-.}
cli=${2:-$(command -v omnimap-cli || true)}
if [ -z "$cli" ]; then
    echo "omnimap-cli not found; pass its path as the second argument" >&2
    exit 2
fi

cd "$repo"
git rev-parse --git-dir >/dev/null
git config merge.omnimap.name "Omnimap plan merge (by item id)"
git config merge.omnimap.driver "\"$cli\" merge %O %A %B -o %A"
if ! grep -qs '^\*\.omnimap .*merge=omnimap' .gitattributes; then
    echo '*.omnimap merge=omnimap' >> .gitattributes
    echo "added '*.omnimap merge=omnimap' to .gitattributes: commit it so everyone uses the driver"
fi
echo "git merge driver 'omnimap' uses $cli"
