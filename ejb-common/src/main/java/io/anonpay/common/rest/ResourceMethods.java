package io.anonpay.common.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a mark on a resource method. A runtime may give a filter the method of a CDI proxy (a subclass overriding it
 * without annotations), so the classes above are searched too; that is also why the filters are global providers
 * looking for a mark rather than name-bound ones.
 * <p>
 * The search runs once per method and mark: the rate-limit filter asks on every request, and on a proxy's method
 * each miss builds a {@link NoSuchMethodException} with its stack trace. The answers are as many as the application
 * has resource methods, and live as long as its class loader.
 */
public final class ResourceMethods {

    private record Question(Method method, Class<? extends Annotation> mark) {
    }

    private static final Map<Question, Optional<Annotation>> ANSWERS = new ConcurrentHashMap<>();

    private ResourceMethods() {
    }

    /** The annotation on the method or on the method it overrides; null for none or no method. */
    public static <A extends Annotation> A annotation(Method method, Class<A> mark) {
        if (method == null) {
            return null;
        }
        return mark.cast(ANSWERS.computeIfAbsent(new Question(method, mark), question -> search(method, mark))
                .orElse(null));
    }

    private static Optional<Annotation> search(Method method, Class<? extends Annotation> mark) {
        for (Class<?> type = method.getDeclaringClass(); type != null; type = type.getSuperclass()) {
            try {
                Annotation found = type.getDeclaredMethod(method.getName(), method.getParameterTypes())
                        .getAnnotation(mark);
                if (found != null) {
                    return Optional.of(found);
                }
            } catch (NoSuchMethodException notHere) {
                // declared further up
            }
        }
        return Optional.empty();
    }
}
