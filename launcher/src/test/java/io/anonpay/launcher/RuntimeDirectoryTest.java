package io.anonpay.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuntimeDirectoryTest {

    private static final List<String> COMMON = List.of("payara-micro.jar", "activemq-rar.rar", "postgresql.jar",
            "credit.war", "shipping.war", "root.war");

    @Test
    void payaraMicroRunsTheMallAsItsWarAndAFullServerAsItsEar() {
        assertThat(Server.MALL.deployable(ServerRuntime.PAYARA_MICRO)).isEqualTo("mall.war");
        assertThat(Server.MALL.deployable(ServerRuntime.WILDFLY)).isEqualTo("mall.ear");
        assertThat(Server.MALL.deployable(ServerRuntime.PAYARA_SERVER)).isEqualTo("mall.ear");
        for (ServerRuntime runtime : ServerRuntime.values()) {
            assertThat(Server.CREDIT.deployable(runtime)).isEqualTo("credit.war");
            assertThat(Server.SHIPPING.deployable(runtime)).isEqualTo("shipping.war");
        }
    }

    @Test
    void aFullServerNeedsTheMallsEarAndNamesItWhenItLacks(@TempDir Path dir) throws IOException {
        for (String file : COMMON) {
            Files.writeString(dir.resolve(file), "x");
        }
        Files.writeString(dir.resolve("mall.war"), "x");
        Files.createDirectories(dir.resolve("payara-server"));
        Files.writeString(dir.resolve(PayaraServerInstall.DISTRIBUTION), "x");

        assertThat(RuntimeDirectory.locate(dir, ServerRuntime.PAYARA_MICRO)).isEqualTo(dir.toAbsolutePath());
        assertThatThrownBy(() -> RuntimeDirectory.locate(dir, ServerRuntime.PAYARA_SERVER))
                .isInstanceOf(LaunchFailure.class).hasMessageContaining("lacks mall.ear");

        Files.writeString(dir.resolve("mall.ear"), "x");
        assertThat(RuntimeDirectory.locate(dir, ServerRuntime.PAYARA_SERVER)).isEqualTo(dir.toAbsolutePath());
    }

    @Test
    void everyRuntimeNeedsTheRootModule(@TempDir Path dir) throws IOException {
        for (String file : List.of("payara-micro.jar", "activemq-rar.rar", "postgresql.jar", "mall.war", "credit.war",
                "shipping.war")) {
            Files.writeString(dir.resolve(file), "x");
        }
        assertThatThrownBy(() -> RuntimeDirectory.locate(dir, ServerRuntime.PAYARA_MICRO))
                .isInstanceOf(LaunchFailure.class).hasMessageContaining("lacks root.war");
    }
}
