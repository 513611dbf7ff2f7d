package io.anonpay.mall.purchase.boundary;

import io.anonpay.common.problem.ProblemException;
import io.anonpay.mall.purchase.entity.RefusedMove;

/** The answer a buyer or the operator gets when a purchase refuses what they asked: one stable type per rule. */
final class RefusedMoves {

    private RefusedMoves() {
    }

    static ProblemException problem(RefusedMove refused) {
        if (refused.rule() == null) {
            return ProblemException.conflict("purchase-conflict", refused.getMessage());
        }
        return switch (refused.rule()) {
            case NOT_PAYABLE -> ProblemException.conflict("not-payable", refused.getMessage());
            case PAYMENT_PENDING -> ProblemException.conflict("payment-pending", refused.getMessage());
            case ALREADY_SHIPPED -> ProblemException.conflict("already-shipped", refused.getMessage());
            case NOT_CAPTURED -> ProblemException.conflict("not-captured", refused.getMessage());
            case REFUND_EXCEEDS_CAPTURED -> ProblemException.conflict("refund-exceeds-captured", refused.getMessage());
            case OTHER_CURRENCY -> ProblemException.invalid("other-currency", refused.getMessage());
            case NOT_POSITIVE -> ProblemException.invalid("amount-not-positive", refused.getMessage());
        };
    }
}
