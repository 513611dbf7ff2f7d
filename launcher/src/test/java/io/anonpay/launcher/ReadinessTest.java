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
    void notReadyWhileAnotherCheckIsDownAndItIsNamedWithItsReason() {
        Readiness.Probe probe = Readiness.judge(503, "{\"status\":\"DOWN\",\"checks\":["
                + "{\"name\":\"database\",\"status\":\"UP\",\"data\":{\"schema\":\"migrated\"}},"
                + "{\"name\":\"broker\",\"status\":\"DOWN\",\"data\":{\"error\":\"never reached: "
                + "ConnectException: Connection refused\"}}]}");

        assertThat(probe.ready()).isFalse();
        assertThat(probe.detail()).isEqualTo("status DOWN, database UP; broker DOWN "
                + "{\"error\":\"never reached: ConnectException: Connection refused\"}");
    }

    @Test
    void anErrorPageIsNotReady() {
        Readiness.Probe probe = Readiness.judge(404, "<html>Not Found</html>");

        assertThat(probe.ready()).isFalse();
        assertThat(probe.detail()).contains("HTTP 404");
    }
}
