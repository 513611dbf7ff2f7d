-- The clearing report (GET api/operator/clearing) picks what became due in a window of time: the goods from their
-- capture, owed to the mall; the fee from its claim, owed to the shipping company; and the goods of a payment
-- approved before payments had steps (sql/credit/V3: captured at approval, no authorized_until) from its approval.
create index payment_step_capture_at on payment_step (created_at) where kind = 'CAPTURE' and outcome = 'APPLIED';
create index payment_step_fee_claim_at on payment_step (created_at) where kind = 'FEE_CLAIM';
create index settlement_captured_at_approval on settlement (created_at)
    where captured_amount > 0 and authorized_until is null;
