/**
 * The API as a contract: the anonymous purchase walked with nothing but the clients openapi-generator made of the
 * three servers' served documents (module contract), every reply held to those documents.
 */
package io.anonpay.systemtests.contract;
