package io.anonpay.common.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.anonpay.common.limits.RateLimited;
import jakarta.ws.rs.GET;
import org.junit.jupiter.api.Test;

class ResourceMethodsTest {

    static class Resource {
        @GET
        @RateLimited("purchases")
        public String limited() {
            return "";
        }

        @GET
        public String free() {
            return "";
        }
    }

    /** What a CDI proxy looks like to a filter: the same method overridden without its annotations. */
    static class Proxy extends Resource {
        @Override
        public String limited() {
            return "";
        }
    }

    @Test
    void theMarkIsFoundOnTheMethodOrTheOneAProxyOverrides() throws Exception {
        assertThat(ResourceMethods.annotation(Resource.class.getMethod("limited"), RateLimited.class).value())
                .isEqualTo("purchases");
        assertThat(ResourceMethods.annotation(Proxy.class.getDeclaredMethod("limited"), RateLimited.class).value())
                .isEqualTo("purchases");
    }

    @Test
    void anUnmarkedMethodOrNoneAtAllHasNoMarkEvenWhenAskedAgain() throws Exception {
        for (int asked = 0; asked < 2; asked++) {
            assertThat(ResourceMethods.annotation(Resource.class.getMethod("free"), RateLimited.class)).isNull();
            assertThat(ResourceMethods.annotation(null, RateLimited.class)).isNull();
        }
    }

    @Test
    void theSameMethodAskedForAnotherMarkGetsThatMark() throws Exception {
        var method = Resource.class.getMethod("limited");
        assertThat(ResourceMethods.annotation(method, RateLimited.class)).isNotNull();
        assertThat(ResourceMethods.annotation(method, GET.class)).isNotNull();
        assertThat(ResourceMethods.annotation(method, Deprecated.class)).isNull();
    }
}
