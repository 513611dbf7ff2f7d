/** What every server's persistence unit needs beyond JPA 3.1: the mapping of {@code Instant} columns. */
package io.anonpay.common.persistence;
