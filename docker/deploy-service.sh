#!/bin/sh
# deploy-service.sh <package> <folder>: what docker/Dockerfile's build stage does, in one place so the image test
# (deploy/chart-test) deploys exactly the same way. Compiles the package and the workspace libs it references, then
# copies it with its production dependencies only into <folder>. The hoisted layout gives real folders (no pnpm
# symlinks) and puts every dependency at the top, so `node --import @calbridge/telemetry/register` resolves from the
# folder although services reach telemetry only through @calbridge/runtime.
set -eu
package="${1:?usage: deploy-service.sh <package, e.g. booking-service> <folder>}"
folder="${2:?usage: deploy-service.sh <package> <folder>}"
pnpm --filter "@calbridge/$package" exec tsc -b
pnpm --filter "@calbridge/$package" --prod --config.node-linker=hoisted deploy "$folder"
# tsc emits nothing for a migration folder that holds no migration yet, and the migrator refuses a missing folder.
if [ -d "$folder/src/db/migrations" ]; then mkdir -p "$folder/dist/src/db/migrations"; fi
