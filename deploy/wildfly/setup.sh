#!/usr/bin/env bash
# Prepares an unpacked WildFly 39 for one anonpay party (docs/deploy.md):
#   deploy/wildfly/setup.sh WILDFLY_HOME PARTY POSTGRESQL_JAR ECLIPSELINK_JAR [SERVER_BASE_DIR]
# Installs the modules once per WildFly (EclipseLink into org.eclipse.persistence, never into an application's
# WEB-INF/lib; the PostgreSQL driver as org.postgresql), then applies configure.cli offline to the server's base
# directory (default WILDFLY_HOME/standalone; one per party when several parties share one installation).
# Deploy activemq-rar.rar and the party's deployable afterwards.
set -euo pipefail
home=$1 party=$2 pgjar=$3 eclipselink=$4 base=${5:-$1/standalone}
module=$home/modules/system/layers/base/org/eclipse/persistence/main
if ! grep -q 'eclipselink.jar' "$module/module.xml"; then
  cp "$eclipselink" "$module/eclipselink.jar"
  sed -i 's|\(<resource-root path="jipijapa-eclipselink[^"]*"/>\)|\1\n        <resource-root path="eclipselink.jar"/>|; s|\(<module name="java.logging"/>\)|<module name="java.se"/>\n        \1|' \
      "$module/module.xml"
fi
if [ ! -d "$home/modules/org/postgresql" ]; then
  "$home/bin/jboss-cli.sh" --command="module add --name=org.postgresql --resources=$pgjar --dependencies=java.se,java.sql,java.naming,jakarta.transaction.api"
fi
script=$(mktemp --suffix=.cli)
trap 'rm -f "$script"' EXIT
sed "s|@PARTY@|$party|g" "$(dirname "$0")/configure.cli" > "$script"
JAVA_OPTS="-Djboss.server.base.dir=$base -Djboss.server.config.dir=$base/configuration" \
  "$home/bin/jboss-cli.sh" --file="$script"
