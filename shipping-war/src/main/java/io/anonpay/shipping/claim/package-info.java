/**
 * Fee claims to the credit company: when a parcel is accepted, this company claims the fee the mall's
 * instructions quoted, signed and written to the outbox in the acceptance's transaction, once per shipment.
 */
package io.anonpay.shipping.claim;
