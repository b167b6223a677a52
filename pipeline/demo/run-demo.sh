#!/usr/bin/env sh
# Runs demo/example-pipeline.yaml over the example connector's embedded source (no credentials),
# then prints the resulting tables. Run it again: the second run is incremental.
# From the checkout's root:  mvn -B -q package -DskipTests && pipeline/demo/run-demo.sh
# (it builds what is missing itself). It runs the runnable pipeline jar with the example connector's
# jar for a cluster (lakeflow-connector-example-VERSION-spark.jar) in the connectors folder, as a
# user does with their own connectors.
set -e
PIPELINE=$(cd "$(dirname "$0")/.." && pwd)
ROOT=$(cd "$PIPELINE/.." && pwd)
find_jars() {
  JAR=$(ls "$PIPELINE"/target/lakeflow-pipeline-*-runnable.jar 2>/dev/null | head -n 1)
  CONNECTOR=$(ls "$ROOT"/connectors/example/target/lakeflow-connector-example-*-spark.jar 2>/dev/null | head -n 1)
}
find_jars
if [ -z "$JAR" ] || [ -z "$CONNECTOR" ]; then
  echo "run-demo: building the pipeline and the example connector (mvn package)..." >&2
  (cd "$ROOT" && mvn -q -B -pl pipeline -am package -DskipTests)
  find_jars
fi
rm -rf "$PIPELINE/target/demo-connectors"
mkdir -p "$PIPELINE/target/demo-connectors"
cp "$CONNECTOR" "$PIPELINE/target/demo-connectors/"
cd "$PIPELINE"
# -XX:TieredStopAtLevel=1: a short run starts faster with the C1 compiler only.
JAVA_OPTS=${JAVA_OPTS:--Xmx2g -XX:TieredStopAtLevel=1} LAKEFLOW_CONNECTORS=target/demo-connectors \
  exec bin/lakeflow-pipeline run demo/example-pipeline.yaml --warehouse target/demo-warehouse --show 5 "$@"
