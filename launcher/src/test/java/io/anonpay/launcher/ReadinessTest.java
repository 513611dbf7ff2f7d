package io.anonpay.launcher;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadinessTest {

    @Test
    void readyWhenUpWithTheDatabaseCheckUp() {
        Readiness.Probe probe = Readiness.judge(200,
                "{\"status\":\"UP\",\"checks\":[{\"name\":\"database\",\"status\":\"UP\",\"data\":{}}]}");

        assertThat(probe.ready()).isTrue();
    }

    @Test
    void upWithoutTheDatabaseCheckIsAFailedDeploymentNotReadiness() {
        Readiness.Probe probe = Readiness.judge(200, "{\"status\":\"UP\",\"checks\":[]}");

        assertThat(probe.ready()).isFalse();
        assertThat(probe.detail()).contains("no 'database' check");
    }

    @Test
    void notReadyWhileTheDatabaseIsDown() {
        Readiness.Probe probe = Readiness.judge(503, "{\"status\":\"DOWN\",\"checks\":["
                + "{\"name\":\"database\",\"status\":\"DOWN\",\"data\":{\"error\":\"connection refused\"}}]}");

        assertThat(probe.ready()).isFalse();
        assertThat(probe.detail()).contains("database DOWN").contains("connection refused");
    }

    @Test
    void anErrorPageIsNotReady() {
        Readiness.Probe probe = Readiness.judge(404, "<html>Not Found</html>");

        assertThat(probe.ready()).isFalse();
        assertThat(probe.detail()).contains("HTTP 404");
    }
}
