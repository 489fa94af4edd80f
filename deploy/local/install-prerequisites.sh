#!/usr/bin/env bash
# Installs what the platform needs on a Debian machine that already has the .NET SDK:
# PostgreSQL, Redis and RabbitMQ (the AppHost and the tests run their own instances of them on
# free ports, as child processes), docker-compose (the deploy tests validate deploy/compose with
# `docker-compose config`, which needs no container engine), and the repository's .NET tools
# (.config/dotnet-tools.json: dotnet-ef, and smtp4dev, the development mail inbox the AppHost starts),
# Chromium, which the browser tests of the web front end drive, and DejaVu Sans, the font Evaluation
# embeds in report PDFs (PDFsharp finds no system fonts by itself on Linux).
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
# The browser the web front end's end-to-end tests drive (Playwright, headless).
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)

if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing ${missing[*]} ..."
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Restores into the NuGet cache, where the AppHost finds smtp4dev's executable (under a second when there).
dotnet tool restore >/dev/null
echo "Prerequisites are installed: $(ls -d /usr/lib/postgresql/*/ | xargs -n1 basename | sed 's/^/PostgreSQL /'), Redis $(redis-server --version | sed -n "s/.*v=\([0-9.]*\).*/\1/p"), RabbitMQ $(dpkg-query -W -f='${Version}' rabbitmq-server 2>/dev/null || echo '?'), smtp4dev $(sed -n '/rnwood.smtp4dev/,/version/s/.*"version": "\(.*\)".*/\1/p' .config/dotnet-tools.json)."
