/** The anonymous purchase through the command-line client's own code, against the running system. */
package io.anonpay.systemtests.client;
