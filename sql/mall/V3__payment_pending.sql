-- Until when a payment at the designated credit company may be pending (its instructions' expiry plus the time a
-- result may still be on its way); null once that company declined. Until then no other credit company is
-- designated, so that a buyer cannot be charged at two.
alter table purchase add column payment_pending_until timestamptz;
