/**
 * RFC 9457 problem details: the one error body every anonpay server answers with, the business exception
 * that carries a stable problem type, and the mappers that turn anything a client can send into a 4xx.
 */
package io.anonpay.common.problem;
