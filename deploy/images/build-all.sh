#!/usr/bin/env bash
# Builds the image of every service and of the gateway with the .NET SDK's container support, no
# Docker daemon needed. Names: ContainerRepository in each project (mentorship/<name>).
#   deploy/images/build-all.sh [tag]                    image archives in artifacts/images/<name>.tar.gz
#   REGISTRY=registry.example.org deploy/images/build-all.sh 1.0.0    pushed to that registry instead
# The base image (ContainerBaseImage, Directory.Build.props) is pulled from its registry either way.
set -euo pipefail
cd "$(dirname "$0")/../.."

tag="${1:-latest}"
projects=(
  services/Enrollment/Api/Mentorship.Enrollment.csproj
  services/Matching/Api/Mentorship.Matching.csproj
  services/Pairing/Api/Mentorship.Pairing.csproj
  services/Messaging/Api/Mentorship.Messaging.csproj
  services/Evaluation/Api/Mentorship.Evaluation.csproj
  services/Identity/Api/Mentorship.Identity.csproj
  gateway/Mentorship.Gateway.csproj
  services/Web/Mentorship.Web.csproj
)

for project in "${projects[@]}"; do
  if [ -n "${REGISTRY:-}" ]; then
    destination=(-p:ContainerRegistry="$REGISTRY")
  else
    name=$(basename "$project" .csproj)
    destination=(-p:ContainerArchiveOutputPath="$PWD/artifacts/images/${name#Mentorship.}.tar.gz")
  fi
  echo "== $project"
  dotnet publish "$project" -c Release -t:PublishContainer -p:ContainerImageTag="$tag" "${destination[@]}"
done
