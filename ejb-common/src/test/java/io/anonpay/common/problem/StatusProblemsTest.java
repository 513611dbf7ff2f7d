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
