/**
 * What the servers share to check input: Bean Validation constraints for request records, and check digits.
 * <p>
 * <b>Request records and Payara's OpenAPI generator.</b> Every request record that carries constraints declares
 * its canonical constructor explicitly, without annotations: Payara's generator fails on constrained constructor
 * parameters, while constraints on the components are kept and still validated. For the same reason, a rule
 * across fields (one of two ways to pay, for instance) is a method the service calls, not a class-level
 * constraint, which the generator would show as a property. The records point here instead of repeating this.
 */
package io.anonpay.common.validation;
