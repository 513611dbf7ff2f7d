-- The clearing report (GET api/operator/clearing) picks the shipments accepted in a window of time: a fee is due from
-- the moment its shipment was accepted.
create index shipment_created_at on shipment (created_at);
