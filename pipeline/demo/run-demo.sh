#!/usr/bin/env sh
# Runs demo/example-pipeline.yaml over the example connector's embedded source (no credentials),
# then prints the resulting tables. Run it again: the second run is incremental.
# Needs the project installed in the local Maven repository: from the checkout's root,
#   mvn -B -q install -DskipTests && pipeline/demo/run-demo.sh
set -e
PIPELINE=$(cd "$(dirname "$0")/.." && pwd)
EXAMPLE="$PIPELINE/../connectors/example"
[ -d "$PIPELINE/target/lib" ] || (cd "$PIPELINE/.." && mvn -q -B install -DskipTests)
# The example connector jar and its own run-time dependencies (OkHttp, ...), as a cluster would get
# them next to the pipeline jar.
(cd "$EXAMPLE" && mvn -q -B dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile=target/runtime.classpath)
CONNECTOR_JAR=$(ls "$EXAMPLE"/target/lakeflow-connector-example-*.jar | grep -v -e sources -e tests | head -n 1)
cd "$PIPELINE"
LAKEFLOW_EXTRA_CLASSPATH="$CONNECTOR_JAR:$(cat "$EXAMPLE/target/runtime.classpath")" \
  exec bin/lakeflow-pipeline run demo/example-pipeline.yaml --warehouse target/demo-warehouse --show 5 "$@"
