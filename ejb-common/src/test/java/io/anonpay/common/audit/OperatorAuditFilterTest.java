package io.anonpay.common.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OperatorAuditFilterTest {

    static class Resource {
        @OperatorAction(value = "card.issue")
        public void issue() {
        }

        public void read() {
        }
    }

    /** What a CDI proxy looks like to JAX-RS: a subclass overriding the method without the annotation. */
    static class Proxy extends Resource {
        @Override
        public void issue() {
        }
    }

    @Test
    void findsTheActionThroughAProxy() throws NoSuchMethodException {
        assertThat(OperatorAuditFilter.actionOf(Proxy.class.getMethod("issue")).value()).isEqualTo("card.issue");
    }

    @Test
    void aMethodWithoutTheMarkIsNoAction() throws NoSuchMethodException {
        assertThat(OperatorAuditFilter.actionOf(Resource.class.getMethod("read"))).isNull();
        assertThat(OperatorAuditFilter.actionOf(null)).isNull();
    }
}
