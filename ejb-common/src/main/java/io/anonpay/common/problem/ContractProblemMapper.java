package io.anonpay.common.problem;

import io.anonpay.common.contract.InvalidContractException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A rejected message field: a 4xx whose problem type is the stable reason code. */
@Provider
public class ContractProblemMapper implements ExceptionMapper<InvalidContractException> {

    @Override
    public Response toResponse(InvalidContractException exception) {
        return Problems.response(Problems.of(exception.reason(), exception.getMessage()));
    }
}
