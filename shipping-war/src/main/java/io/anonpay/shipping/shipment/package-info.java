/**
 * Shipments: accepting a parcel on the mall's signed instructions at the fee they quote from a published tariff,
 * with the delivery address encrypted at rest and the buyer's name sealed to the settling credit company, one
 * shipment per purchase; and tracking it.
 */
package io.anonpay.shipping.shipment;
