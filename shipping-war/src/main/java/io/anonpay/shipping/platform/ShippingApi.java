package io.anonpay.shipping.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "anonpay shipping", version = "1",
        description = "Ships parcels by sealed purchase identifier without ever learning what is inside."))
public class ShippingApi extends Application {
}
