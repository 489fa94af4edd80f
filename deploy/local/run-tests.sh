#!/usr/bin/env bash
# Runs every test of the solution with one PostgreSQL, RabbitMQ and Redis shared by all test projects
# (tests/Mentorship.TestServers, started by the AppHost with throw-away data), instead of one set per
# test project: on two cores each start costs 15 to 45 s. Tests still create their own databases and
# queues under unique names, and each test project has a RabbitMQ virtual host of its own (its events
# stay away from the projects running beside it). If the shared servers cannot start, each project
# starts its own as `dotnet test` alone would. Extra arguments go to `dotnet test` (e.g. --logger trx).
set -euo pipefail
cd "$(dirname "$0")/../.."

# One warm compiler for every project (Roslyn's compiler server), even where the machine's environment
# turns it off: a fresh compiler process per project doubled the build (Enrollment's tests from clean:
# 100 s against 52 s on 2 cores). It is stopped on exit, with the servers.
export UseSharedCompilation=true
# No profile-guided re-compilation in any process of the run (compiler, test hosts, the platform the
# end-to-end tests start): nothing here lives long enough to repay the instrumentation. Measured alone on
# 2 cores: the end-to-end project's build from clean 61 s -> 37 s, its run 361 s -> 309 s.
export DOTNET_TieredPGO=0
trap 'dotnet build-server shutdown >/dev/null 2>&1 || true' EXIT

# The server host first (it builds the AppHost and every service), so the servers start early.
dotnet build tests/Mentorship.TestServers

servers_dir=$(mktemp -d)
servers_env="$servers_dir/servers.env"
servers_log="$servers_dir/servers.log"
dotnet run --no-build --project tests/Mentorship.TestServers -- "$servers_env" $$ >"$servers_log" 2>&1 &
servers=$!
stop_servers() {
  kill -TERM "$servers" 2>/dev/null || true
  wait "$servers" 2>/dev/null || true
  rm -rf "$servers_dir"
  dotnet build-server shutdown >/dev/null 2>&1 || true
}
trap stop_servers EXIT

for _ in $(seq 1 300); do
  [ -f "$servers_env" ] && break
  kill -0 "$servers" 2>/dev/null || break
  sleep 1
done
if [ -f "$servers_env" ]; then
  # shellcheck disable=SC1090
  . "$servers_env"
  grep -h "\[Mentorship.TestServers\]" "$servers_log" || true
else
  echo "The shared test servers did not start; each test project starts its own. Their log:" >&2
  tail -n 30 "$servers_log" >&2 || true
fi

# Builds the test projects as it goes: a project's tests start once it is built, beside other builds.
dotnet test Mentorship.sln "$@"
