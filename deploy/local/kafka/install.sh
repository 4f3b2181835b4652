#!/usr/bin/env bash
# Fetches the Apache Kafka broker jars (KRaft, 3.9 line: the last one that still speaks the protocol versions kafkajs
# uses) from Maven Central into .tools/kafka/libs. Runs only when they are missing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
libs="$here/../../../.tools/kafka/libs"
if compgen -G "$libs/kafka_2.13-*.jar" >/dev/null; then exit 0; fi
echo "bootstrap: fetching Apache Kafka jars from Maven Central"
mkdir -p "$libs"
mvn -q -B -f "$here/pom.xml" dependency:copy-dependencies -DoutputDirectory="$(cd "$libs" && pwd)" -DincludeScope=runtime
