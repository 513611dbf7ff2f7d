package io.anonpay.common.json;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

class JsonbFirstUseTest {

    /** Counts the look-ups, as Payara's wrapper would do its first-use work. */
    static class CountingProviders implements Providers {
        final List<Class<?>> askedFor = new ArrayList<>();

        @Override
        @SuppressWarnings("unchecked")
        public <T> ContextResolver<T> getContextResolver(Class<T> contextType, MediaType mediaType) {
            assertThat(contextType).isEqualTo(Jsonb.class);
            assertThat(mediaType).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
            return (ContextResolver<T>) (ContextResolver<Jsonb>) type -> {
                synchronized (askedFor) {
                    askedFor.add(type);
                }
                return null;
            };
        }

        @Override
        public <T> MessageBodyReader<T> getMessageBodyReader(Class<T> type, Type genericType, Annotation[] annotations,
                                                             MediaType mediaType) {
            return null;
        }

        @Override
        public <T> MessageBodyWriter<T> getMessageBodyWriter(Class<T> type, Type genericType, Annotation[] annotations,
                                                             MediaType mediaType) {
            return null;
        }

        @Override
        public <T extends Throwable> ExceptionMapper<T> getExceptionMapper(Class<T> type) {
            return null;
        }
    }

    @Test
    void theResolverIsAskedOnceHoweverManyRequestsComeAtOnce() throws Exception {
        JsonbFirstUse filter = new JsonbFirstUse();
        CountingProviders providers = new CountingProviders();
        filter.providers = providers;
        ExecutorService requests = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                done.add(requests.submit(() -> filter.filter(null)));
            }
            for (Future<?> request : done) {
                request.get();
            }
        } finally {
            requests.shutdownNow();
        }
        assertThat(providers.askedFor).containsExactly(Object.class);
    }

    @Test
    void noResolverAtAllIsNoFailure() {
        JsonbFirstUse filter = new JsonbFirstUse();
        filter.providers = new CountingProviders() {
            @Override
            public <T> ContextResolver<T> getContextResolver(Class<T> contextType, MediaType mediaType) {
                return null;
            }
        };
        filter.filter(null);
        filter.filter(null);
    }
}
