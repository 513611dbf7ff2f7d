package io.anonpay.common.limits;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public resource method whose calls a client may make only so often: {@link RateLimitFilter} takes a token
 * from that client's bucket for the operation, or answers 429. Methods that share a value share one bucket.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RateLimited {

    /**
     * The operation, which names its configuration ({@code anonpay.limits.<operation>.per-minute}, {@code .burst}):
     * {@code purchases}, {@code instructions}, {@code settlements}, {@code tracking} …
     */
    String value();
}
