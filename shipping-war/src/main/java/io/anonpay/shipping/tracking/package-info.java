/**
 * Tracking: the operator moves a parcel along (accepted → in transit → delivered, or returned), and every change
 * is reported to the mall as a signed receipt.
 */
package io.anonpay.shipping.tracking;
