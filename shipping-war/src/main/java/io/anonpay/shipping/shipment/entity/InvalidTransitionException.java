package io.anonpay.shipping.shipment.entity;

import io.anonpay.common.problem.ProblemException;

/** A status change the tracking sequence does not allow, e.g. delivered back to in transit. */
public class InvalidTransitionException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public InvalidTransitionException(TrackingStatus from, TrackingStatus to) {
        super("invalid-status-transition", "Conflict", 409,
                "a shipment that is " + from + " cannot become " + to);
    }
}
