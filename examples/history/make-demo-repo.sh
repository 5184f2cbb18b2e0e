#!/usr/bin/env bash
# Builds a small git repository that holds the example plans as they stood at three reviews, one
# tag per review, so that `csi diff` and `csi history` have a history to show:
#   review-2025-h2 (2026-01-05)  the plan at the start of 2026: first contact resolution to reach 75%,
#                                no corrective action on the register yet
#   review-2026-h1 (2026-07-01)  FirstLineScripts raised in January and completed on 2026-04-01
#   review-2026-h2 (2026-12-01)  the examples as they are: the target lowered to 70%, two more actions
# Usage: examples/history/make-demo-repo.sh FOLDER   (FOLDER must not exist yet)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repo="${1:?usage: make-demo-repo.sh FOLDER}"
if [ -e "$repo" ]; then
  echo "make-demo-repo.sh: $repo exists already; give a new folder" >&2
  exit 2
fi
mkdir -p "$repo"
cp -r "$here/service-desk" "$here/shared" "$here/csi.properties" "$repo/"
cd "$repo"
git init -q -b main
commit() { # message, date, tag
  git add -A
  GIT_AUTHOR_DATE="$2T09:00:00Z" GIT_COMMITTER_DATE="$2T09:00:00Z" \
    git -c user.name="CSI manager" -c user.email=csi@example.org -c commit.gpgsign=false commit -q -m "$1"
  git -c tag.gpgsign=false tag "$3"
}
register=service-desk/register.csi
measures=service-desk/measures.csi
final_register="$(cat "$register")"
final_measures="$(cat "$measures")"

# review-2025-h2: the target is still 75%, the register holds no action yet
sed -i 's/^    target 70%$/    target 75%/' "$measures"
sed -i '/^action WeeklyExport/,/^$/d; /^action FirstLineScripts/,/^$/d; /^action KnowledgeSprint/,$d' "$register"
commit "Review of the second half of 2025: first contact resolution to reach 75%" 2026-01-05 review-2025-h2

# review-2026-h1: FirstLineScripts, completed on 2026-04-01, is being monitored
printf '%s\n' "$final_register" | sed -n '1,/^action WeeklyExport/{/^action WeeklyExport/d;p}' > "$register"
printf '%s\n' "$final_register" | sed -n '/^action FirstLineScripts/,/^$/p' >> "$register"
commit "Review of the first half of 2026: first line scripts in place since April" 2026-07-01 review-2026-h1

# review-2026-h2: the examples as they are
printf '%s\n' "$final_measures" > "$measures"
printf '%s\n' "$final_register" > "$register"
commit "Review of the second half of 2026: target set to 70%, weekly export and knowledge sprint" 2026-12-01 review-2026-h2
echo "make-demo-repo.sh: $repo holds $(git rev-list --count HEAD) commits, tagged $(git tag | tr '\n' ' ')"
