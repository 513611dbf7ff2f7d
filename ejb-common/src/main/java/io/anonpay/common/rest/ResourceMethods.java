package io.anonpay.common.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

/**
 * Finds a mark on a resource method. A runtime may give a filter the method of a CDI proxy (a subclass overriding it
 * without annotations), so the classes above are searched too; that is also why the filters are global providers
 * looking for a mark rather than name-bound ones.
 */
public final class ResourceMethods {

    private ResourceMethods() {
    }

    /** The annotation on the method or on the method it overrides; null for none or no method. */
    public static <A extends Annotation> A annotation(Method method, Class<A> mark) {
        if (method == null) {
            return null;
        }
        for (Class<?> type = method.getDeclaringClass(); type != null; type = type.getSuperclass()) {
            try {
                A found = type.getDeclaredMethod(method.getName(), method.getParameterTypes()).getAnnotation(mark);
                if (found != null) {
                    return found;
                }
            } catch (NoSuchMethodException notHere) {
                // declared further up
            }
        }
        return null;
    }
}
