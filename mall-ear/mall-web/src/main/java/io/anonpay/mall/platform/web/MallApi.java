package io.anonpay.mall.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "anonpay mall", version = "1",
        description = "Sells products and tracks purchases without ever learning who bought them."))
public class MallApi extends Application {
}
