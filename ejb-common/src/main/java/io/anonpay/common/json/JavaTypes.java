package io.anonpay.common.json;

import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;

/** What {@link JsonTypes} needs to know of a Java type: its class, its elements, whether and how wide a number. */
final class JavaTypes {

    private JavaTypes() {
    }

    static boolean isNumber(Class<?> raw) {
        return (raw.isPrimitive() && raw != boolean.class && raw != char.class && raw != void.class)
                || Number.class.isAssignableFrom(raw);
    }

    /** The bounds of a whole-number type, or null where any size fits (BigInteger, BigDecimal, floating point). */
    static long[] range(Class<?> raw) {
        if (raw == long.class || raw == Long.class) {
            return new long[]{Long.MIN_VALUE, Long.MAX_VALUE};
        }
        if (raw == int.class || raw == Integer.class) {
            return new long[]{Integer.MIN_VALUE, Integer.MAX_VALUE};
        }
        if (raw == short.class || raw == Short.class) {
            return new long[]{Short.MIN_VALUE, Short.MAX_VALUE};
        }
        if (raw == byte.class || raw == Byte.class) {
            return new long[]{Byte.MIN_VALUE, Byte.MAX_VALUE};
        }
        return null;
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType a) {
            Class<?> component = raw(a.getGenericComponentType());
            return component == null ? Object[].class : Array.newInstance(component, 0).getClass();
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        return null;
    }

    static Type elementType(Type type, Class<?> raw) {
        if (type instanceof GenericArrayType a) {
            return a.getGenericComponentType();
        }
        return raw.isArray() ? raw.getComponentType() : typeArgument(type, 0);
    }

    static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }
}
