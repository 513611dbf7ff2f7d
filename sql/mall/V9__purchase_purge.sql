-- Purchases awaiting payment: the purge deletes those never paid, a grace period after their payable_until
-- (anonpay.purchases.purge-after), oldest first; the cap on purchases awaiting payment counts them
-- (anonpay.purchases.max-awaiting-payment). Both read this index alone, however many purchases were paid.
create index purchase_awaiting_payment on purchase (payable_until)
    where status in ('AWAITING_PAYMENT', 'PAYMENT_DECLINED');
