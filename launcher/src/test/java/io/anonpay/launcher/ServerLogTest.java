package io.anonpay.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ServerLogTest {

    @TempDir
    Path dir;

    private ServerLog log(String content) throws Exception {
        return new ServerLog(Files.writeString(dir.resolve("server.log"), content));
    }

    @Test
    void findsTheSevereRecordOfAFailedDeployment() throws Exception {
        ServerLog log = log("""
                [2025-11-24T15:35:17.092+0000] [] [INFO] [] [PayaraMicro] [tid: _ThreadID=1] [[
                  Deploying mall.war]]

                [2025-11-24T15:35:18.000+0000] [] [SEVERE] [] [javax.enterprise.system.core] [tid: _ThreadID=1] [[
                  Exception while loading the app : CDI deployment failure:WELD-001408]]

                [2025-11-24T15:35:19.709+0000] [] [INFO] [] [PayaraMicro] [tid: _ThreadID=1] [[
                  Payara Micro 6.2025.10 (build 42) ready in 2,691 (ms)]]
                """);

        assertThat(log.deploymentFailure()).hasValueSatisfying(record ->
                assertThat(record).contains("Exception while loading the app").doesNotContain("ready in"));
    }

    @Test
    void aSevereRecordAboutSomethingElseIsNoDeploymentFailure() throws Exception {
        ServerLog log = log("""
                [2025-11-24T15:35:18.000+0000] [] [SEVERE] [] [fish.payara.nucleus] [tid: _ThreadID=1] [[
                  Certificate expired]]

                [2025-11-24T15:35:19.000+0000] [] [INFO] [] [javax.enterprise.system.core] [tid: _ThreadID=1] [[
                  mall was successfully deployed in 9,000 milliseconds.]]
                """);

        assertThat(log.deploymentFailure()).isEmpty();
    }

    @Test
    void aMissingLogSaysNothing() {
        ServerLog log = new ServerLog(dir.resolve("none.log"));

        assertThat(log.deploymentFailure()).isEmpty();
        assertThat(log.tail(5)).isEmpty();
    }

    @Test
    void tailGivesTheLastLines() throws Exception {
        assertThat(log("a\nb\nc\nd\n").tail(2)).containsExactly("c", "d");
    }
}
