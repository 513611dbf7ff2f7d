/**
 * RFC 9457 problem details: the one error body every anonpay server answers with, the business exception
 * that carries a stable problem type, the mappers that turn anything a client can send into a 4xx, and the error
 * page that gives what the servlet container refuses itself the same body.
 */
package io.anonpay.common.problem;
