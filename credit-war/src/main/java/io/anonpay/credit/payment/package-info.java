/**
 * An approved payment after its approval: the mall's signed requests (capture, void, refund) applied once each,
 * the expiry of holds nobody captured in time (and of shipping fees nobody claimed), and the signed update the mall
 * gets for each step of the goods through the outbox. The rules of the moves belong to the settlement
 * ({@code settlement.entity.Settlement}); this package locks, delegates, records the step and moves the money.
 */
package io.anonpay.credit.payment;
