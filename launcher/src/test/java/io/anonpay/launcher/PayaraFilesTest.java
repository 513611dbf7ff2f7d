package io.anonpay.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PayaraFilesTest {

    @TempDir
    Path dir;

    @Test
    void postBootDefinesThePartysResourcesByTheNamesTheApplicationLooksUpWithoutSecrets() throws Exception {
        Path file = PayaraFiles.writePostBoot(dir, "tcp://127.0.0.1:61616", Path.of("/rt/activemq-rar.rar"), Server.CREDIT);

        assertThat(Files.readString(file)).isEqualTo(
                "create-resource-adapter-config --property ServerUrl=tcp\\://127.0.0.1\\:61616 activemq-rar\n"
                + "deploy --type rar --name activemq-rar /rt/activemq-rar.rar\n"
                + "create-connector-connection-pool --raname activemq-rar --connectiondefinition"
                + " jakarta.jms.ConnectionFactory --transactionsupport LocalTransaction --property UseSessionArgs=true"
                + " credit-jms-pool\n"
                + "create-connector-resource --poolname credit-jms-pool jms/credit\n"
                + "create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource"
                + " --restype javax.sql.DataSource --steadypoolsize 2 --maxpoolsize 32"
                + " --property url=unset:user=unset:password=unset credit-pool\n"
                + "set resources.jdbc-connection-pool.credit-pool.property.url=${ENV=DB_URL}\n"
                + "set resources.jdbc-connection-pool.credit-pool.property.user=${ENV=DB_USER}\n"
                + "set resources.jdbc-connection-pool.credit-pool.property.password=${ENV=DB_PASSWORD}\n"
                + "create-jdbc-resource --connectionpoolid credit-pool jdbc/credit\n"
                + "set-metrics-configuration --enabled=false\n");
    }

    @Test
    void aPartysConnectionFactoryAllowsLocalTransactionsAndHonoursSessionArguments() {
        assertThat(PayaraFiles.connectionFactory("mall")).isEqualTo(
                "create-connector-connection-pool --raname activemq-rar --connectiondefinition"
                + " jakarta.jms.ConnectionFactory --transactionsupport LocalTransaction --property UseSessionArgs=true"
                + " mall-jms-pool\ncreate-connector-resource --poolname mall-jms-pool jms/mall\n");
    }

    @Test
    void preBootGivesBothHttpVersionsOneHeaderLimitOf64KiB() throws Exception {
        Path file = PayaraFiles.writePreBoot(dir, false);

        String http = "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.";
        assertThat(Files.readString(file)).isEqualTo(http + "header-buffer-length-bytes=65536\n"
                + http + "http2-max-header-list-size-in-bytes=65536\n");
    }

    @Test
    void withTlsTheLimitsGoToTheHttpsListenerThePlainOneIsDisabledAndAPlainRequestIsRedirected() {
        String network = "set configs.config.server-config.network-config.";
        String https = network + "protocols.protocol.https-listener.http.";
        String finder = "create-protocol-finder --protocol https-or-redirect"
                + " --classname org.glassfish.grizzly.config.portunif.HttpProtocolFinder --targetprotocol ";
        assertThat(PayaraFiles.preBootCommands(true)).isEqualTo(https + "header-buffer-length-bytes=65536\n"
                + https + "http2-max-header-list-size-in-bytes=65536\n"
                + network + "network-listeners.network-listener.http-listener.enabled=false\n"
                + "create-protocol --securityenabled=false http-redirect\n"
                + "create-http-redirect --secure-redirect=true http-redirect\n"
                + "create-protocol --securityenabled=false https-or-redirect\n"
                + finder + "https-listener https\n"
                + finder + "http-redirect http-redirect\n"
                + network + "network-listeners.network-listener.https-listener.protocol=https-or-redirect\n");
    }

    @Test
    void failoverUrlsKeepTheirQueryParameters() {
        assertThat(PayaraFiles.asadminValue("failover:(tcp://a:1,tcp://b:2)?randomize=false"))
                .isEqualTo("failover\\:(tcp\\://a\\:1,tcp\\://b\\:2)?randomize\\=false");
    }
}
