#!/usr/bin/env bash
# Prepares an unpacked WildFly 39 for one anonpay party (docs/deploy.md):
#   deploy/wildfly/setup.sh WILDFLY_HOME PARTY POSTGRESQL_JAR ECLIPSELINK_JAR
# Puts EclipseLink into WildFly's org.eclipse.persistence module (never into an application's WEB-INF/lib), then
# applies configure.cli offline. Deploy activemq-rar.rar and the party's deployable afterwards.
set -euo pipefail
home=$1 party=$2 pgjar=$3 eclipselink=$4
module=$home/modules/system/layers/base/org/eclipse/persistence/main
cp "$eclipselink" "$module/eclipselink.jar"
if ! grep -q 'eclipselink.jar' "$module/module.xml"; then
  sed -i 's|\(<resource-root path="jipijapa-eclipselink[^"]*"/>\)|\1\n        <resource-root path="eclipselink.jar"/>|; s|\(<module name="java.logging"/>\)|<module name="java.se"/>\n        \1|' \
      "$module/module.xml"
fi
script=$(mktemp --suffix=.cli)
trap 'rm -f "$script"' EXIT
sed "s|@PARTY@|$party|g; s|@PGJAR@|$pgjar|g" "$(dirname "$0")/configure.cli" > "$script"
"$home/bin/jboss-cli.sh" --file="$script"
