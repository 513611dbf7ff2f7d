package io.anonpay.credit.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "anonpay credit", version = "1",
        description = "Holds cards and balances and settles payments without ever learning what was bought."))
public class CreditApi extends Application {
}
