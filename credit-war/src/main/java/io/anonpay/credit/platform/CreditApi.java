package io.anonpay.credit.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The API under {@code api/}; its description is META-INF/openapi.yaml, served at {@code /openapi}. */
@ApplicationPath("api")
public class CreditApi extends Application {
}
