package io.anonpay.systemtests.reliability;

import io.anonpay.launcher.AnonpaySystem;
import io.anonpay.launcher.Server;
import io.anonpay.systemtests.SystemHttp;
import io.anonpay.testhttp.JsonHttp;
import io.anonpay.testhttp.JsonHttp.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator lockout's 429 as a client gets it from a server: problem+json {@code operator-locked} with Retry-After,
 * not the container's error page for the status (WildFly answers a refusing authentication mechanism through it).
 * The lock is the operator's, per server, for minutes: the last thing done with a system.
 */
final class LockedOperator {

    /** More than the lockout threshold the system tests give every server they start (system-tests/pom.xml). */
    private static final int MOST_FAILURES = 1_100;

    private LockedOperator() {
    }

    /**
     * Wrong operator passwords at the credit company's operator API until it locks; then the right one is refused
     * alike, without being checked. Locks the operator of that server for the rest of the system's life.
     */
    static void lockedOperatorAnswers(AnonpaySystem system, String runtime) {
        JsonHttp http = SystemHttp.on(system, Server.CREDIT);
        String user = system.operator().user();
        long start = System.nanoTime();
        int failures = 0;
        Reply reply = http.as(user, "wrong").get("metrics");
        while (reply.status() == 401 && ++failures < MOST_FAILURES) {
            reply = http.as(user, "wrong").get("metrics");
        }
        System.out.printf("LockedOperator: the operator locked on %s after %d failed logins (%d ms)%n", runtime,
                failures, (System.nanoTime() - start) / 1_000_000);
        assertLocked(reply, runtime + ", the failure that found it locked");
        assertLocked(http.as(user, system.operator().password()).get("metrics"), runtime + ", the right password");
    }

    private static void assertLocked(Reply reply, String when) {
        assertThat(reply.status()).as("status on %s: %s", when, reply).isEqualTo(429);
        assertThat(reply.contentType()).as("content type on %s", when).startsWith("application/problem+json");
        assertThat(reply.isCompleteProblem()).as("a complete problem on %s: %s", when, reply).isTrue();
        assertThat(reply.object().getString("type")).as("problem type on %s", when).endsWith("operator-locked");
        assertThat(reply.retryAfter()).as("Retry-After on %s", when).isNotNull().matches("[1-9][0-9]*");
        assertThat(Long.parseLong(reply.retryAfter())).as("Retry-After on %s, in seconds", when)
                .isLessThanOrEqualTo(300);
    }
}
