-- The clearing report (GET api/operator/clearing) dates what a credit company owes the mall for a purchase by the
-- answer to its capture: answered_at of its CAPTURE request, set in the very transaction that applied the credit
-- company's CAPTURED update and mirrored the capture on the purchase. A window of time picks captures by it.
create index payment_request_capture_answered_at on payment_request (answered_at)
    where action = 'CAPTURE' and status = 'APPLIED';
