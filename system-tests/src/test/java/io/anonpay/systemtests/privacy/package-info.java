/**
 * The privacy promise checked on the running system: everything each party holds (tables, logs, sent messages)
 * searched for what it must not learn.
 */
package io.anonpay.systemtests.privacy;
