package io.anonpay.common.problem;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatusProblemsTest {

    @Test
    void eachStatusHasOneStableTypeNamedAfterItsReason() {
        assertThat(type(404)).isEqualTo("not-found");
        assertThat(type(405)).isEqualTo("method-not-allowed");
        assertThat(type(415)).isEqualTo("unsupported-media-type");
        assertThat(type(413)).isEqualTo("body-too-large");
        assertThat(type(431)).isEqualTo("request-header-fields-too-large");
        assertThat(type(499)).isEqualTo("http-499");
    }

    /** WildFly answers a 401 from the error page where Payara answers from the operator mechanism: one body. */
    @Test
    void aMissingCredentialIsTheOperatorMechanismsProblem() {
        assertThat(StatusProblems.of(401)).isEqualTo(StatusProblems.OPERATOR_CREDENTIAL_REQUIRED);
        assertThat(type(401)).isEqualTo("operator-credential-required");
        assertThat(Problems.json(StatusProblems.of(401))).isEqualTo("{\"type\":\"https://anonpay.io/problems/"
                + "operator-credential-required\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"this resource needs the operator credential (HTTP Basic)\"}");
    }

    @Test
    void aServerSideStatusSaysNothingOfTheCause() {
        Problem problem = StatusProblems.of(501);
        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.type()).isEqualTo(Problem.type("internal-error"));
    }

    @Test
    void theStatusAndTitleMatchTheAnswer() {
        Problem problem = StatusProblems.of(405);
        assertThat(problem.status()).isEqualTo(405);
        assertThat(problem.title()).isEqualTo("Method Not Allowed");
        assertThat(problem.detail()).isEqualTo("this method is not allowed on this resource");
    }

    private static String type(int status) {
        return StatusProblems.of(status).type().toString().substring(Problem.TYPE_BASE.length());
    }
}
