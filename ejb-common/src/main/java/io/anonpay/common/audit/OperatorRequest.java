package io.anonpay.common.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * The audited operator action that the current request performs, if any: set by {@link OperatorAuditFilter} before
 * the resource method runs, read by the service that records the action in its transaction.
 */
@RequestScoped
public class OperatorRequest {

    private String operator;
    private String action;
    private String target;
    private boolean recorded;

    void start(String operator, String action, String target) {
        this.operator = operator;
        this.action = action;
        this.target = target;
    }

    boolean audited() {
        return action != null;
    }

    String operator() {
        return operator;
    }

    String action() {
        return action;
    }

    String target() {
        return target;
    }

    boolean wasRecorded() {
        return recorded;
    }

    void recorded() {
        recorded = true;
    }
}
