/** The mall's HTTP footing: the JAX-RS application under {@code api}, and its own public keys at {@code api/keys}. */
package io.anonpay.mall.platform.web;
