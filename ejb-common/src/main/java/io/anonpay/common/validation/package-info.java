/** What the servers share to check input: Bean Validation constraints for request records, and check digits. */
package io.anonpay.common.validation;
