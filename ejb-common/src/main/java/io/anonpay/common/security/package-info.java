/**
 * The operator credential: HTTP Basic against a user and password from configuration, granting the single
 * role {@code operator} that guards each server's operator API.
 */
package io.anonpay.common.security;
