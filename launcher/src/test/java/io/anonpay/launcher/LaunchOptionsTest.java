package io.anonpay.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LaunchOptionsTest {

    @Test
    void defaultsStartEverythingEmbeddedOnTheDocumentedPorts() {
        LaunchOptions options = LaunchOptions.parse(List.of(), Map.of());

        assertThat(options.dataDir()).isEqualTo(Path.of("anonpay-data").toAbsolutePath());
        assertThat(options.port(Server.MALL)).isEqualTo(8080);
        assertThat(options.port(Server.CREDIT)).isEqualTo(8081);
        assertThat(options.port(Server.SHIPPING)).isEqualTo(8082);
        assertThat(options.postgresPort()).isEqualTo(15432);
        assertThat(options.brokerPort()).isEqualTo(61616);
        assertThat(options.readyTimeout()).isEqualTo(Duration.ofSeconds(180));
        assertThat(options.embeddedPostgres()).isTrue();
        assertThat(options.embeddedBroker()).isTrue();
        assertThat(options.demo()).isTrue();
        assertThat(options.fresh()).isFalse();
        assertThat(options.help()).isFalse();
    }

    @Test
    void flagsTakeTheirValueAfterASpaceOrAnEqualsSign() {
        LaunchOptions options = LaunchOptions.parse(List.of("--data-dir", "/tmp/run", "--fresh",
                "--mall-port=9080", "--credit-port", "9081", "--shipping-port", "9082",
                "--pg-port", "25432", "--broker-port=62616", "--timeout", "60", "--runtime-dir", "/opt/rt",
                "--runtime=wildfly"), Map.of());

        assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/run"));
        assertThat(options.fresh()).isTrue();
        assertThat(options.port(Server.MALL)).isEqualTo(9080);
        assertThat(options.port(Server.CREDIT)).isEqualTo(9081);
        assertThat(options.port(Server.SHIPPING)).isEqualTo(9082);
        assertThat(options.postgresPort()).isEqualTo(25432);
        assertThat(options.brokerPort()).isEqualTo(62616);
        assertThat(options.readyTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.runtimeDir()).isEqualTo(Path.of("/opt/rt"));
        assertThat(options.runtime()).isEqualTo(ServerRuntime.WILDFLY);
    }

    @Test
    void payaraMicroIsTheDefaultRuntimeAndAnUnknownOneIsRefused() {
        assertThat(LaunchOptions.parse(List.of(), Map.of()).runtime()).isEqualTo(ServerRuntime.PAYARA_MICRO);
        assertThat(LaunchOptions.parse(List.of(), Map.of("ANONPAY_RUNTIME", "wildfly")).runtime())
                .isEqualTo(ServerRuntime.WILDFLY);
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--runtime", "tomcat"), Map.of()))
                .hasMessageContaining("payara-micro, wildfly, payara-server");
    }

    @Test
    void environmentFillsInWhatFlagsLeaveOutAndFlagsWin() {
        Map<String, String> env = Map.of("ANONPAY_DATA_DIR", "/var/anonpay",
                "ANONPAY_BROKER_URL", "failover:(tcp://mq1:61616,tcp://mq2:61616)");

        assertThat(LaunchOptions.parse(List.of(), env).dataDir()).isEqualTo(Path.of("/var/anonpay"));
        assertThat(LaunchOptions.parse(List.of("--data-dir", "/srv/a"), env).dataDir()).isEqualTo(Path.of("/srv/a"));
        LaunchOptions options = LaunchOptions.parse(List.of(), env);
        assertThat(options.brokerUrl()).isEqualTo("failover:(tcp://mq1:61616,tcp://mq2:61616)");
        assertThat(options.embeddedBroker()).isFalse();
        assertThat(options.demo()).isFalse();
    }

    @Test
    void anExternalDatabaseTakesItsRoleAndPasswordFromTheEnvironment() {
        Map<String, String> env = Map.of("ANONPAY_CREDIT_DB_URL", "jdbc:postgresql://db:5432/credit",
                "ANONPAY_CREDIT_DB_PASSWORD", "s3cret");

        LaunchOptions options = LaunchOptions.parse(List.of("--db-url-mall", "jdbc:postgresql://db:5432/mall"), env);

        assertThat(options.externalDatabase(Server.MALL)).hasValueSatisfying(db -> {
            assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/mall");
            assertThat(db.user()).isEqualTo("mall");
        });
        assertThat(options.externalDatabase(Server.CREDIT)).hasValueSatisfying(db ->
                assertThat(db.password()).isEqualTo("s3cret"));
        assertThat(options.externalDatabase(Server.SHIPPING)).isEmpty();
        assertThat(options.embeddedPostgres()).as("shipping still needs the embedded one").isTrue();
        assertThat(options.demo()).isFalse();
    }

    @Test
    void withAllDatabasesExternalThePostgresPortMayCollide() {
        LaunchOptions options = LaunchOptions.parse(List.of("--db-url-mall", "jdbc:postgresql://x/m",
                "--db-url-credit", "jdbc:postgresql://x/c", "--db-url-shipping", "jdbc:postgresql://x/s",
                "--pg-port", "8080"), Map.of());

        assertThat(options.embeddedPostgres()).isFalse();
    }

    @Test
    void tlsIsASwitchOnEveryRuntime() {
        assertThat(LaunchOptions.parse(List.of(), Map.of()).tls()).isFalse();
        assertThat(LaunchOptions.parse(List.of("--tls"), Map.of()).tls()).isTrue();
        assertThat(LaunchOptions.parse(List.of("--tls", "--runtime", "wildfly"), Map.of()).tls()).isTrue();
        assertThat(LaunchOptions.parse(List.of("--tls"), Map.of("ANONPAY_RUNTIME", "payara-server")).tls()).isTrue();
    }

    @Test
    void helpIsASwitch() {
        assertThat(LaunchOptions.parse(List.of("--help"), Map.of()).help()).isTrue();
        assertThat(LaunchOptions.parse(List.of("-h"), Map.of()).help()).isTrue();
    }

    @Test
    void mistakesAreToldPlainly() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--port", "1"), Map.of()))
                .hasMessageContaining("unknown option: --port");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--mall-port", "http"), Map.of()))
                .hasMessageContaining("--mall-port needs a number");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--mall-port", "70000"), Map.of()))
                .hasMessageContaining("--mall-port needs a number");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--data-dir"), Map.of()))
                .hasMessageContaining("--data-dir needs a value");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--data-dir", "--fresh"), Map.of()))
                .hasMessageContaining("--data-dir needs a value");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--fresh=yes"), Map.of()))
                .hasMessageContaining("--fresh takes no value");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--credit-port", "8080"), Map.of()))
                .hasMessageContaining("ports of their own");
    }
}
