package io.anonpay.it;

import io.anonpay.common.party.OwnKeys;
import jakarta.ws.rs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The JAX-RS resource classes a server serves, for its OpenAPI coverage test: the {@code @Path} classes of the
 * server's own classes and of ejb-common, whose operator resources every server deploys and finds by its scan.
 */
public final class ResourceClasses {

    private static final String PATH_DESCRIPTOR = "L" + Path.class.getName().replace('.', '/') + ";";

    private ResourceClasses() {
    }

    /** @param application the server's {@code Application} class, which locates the module's classes */
    public static Set<Class<?>> servedWith(Class<?> application) {
        Set<Class<?>> resources = new HashSet<>();
        collect(location(application), application.getClassLoader(), resources);
        collect(location(OwnKeys.class), application.getClassLoader(), resources);
        return resources;
    }

    private static java.nio.file.Path location(Class<?> type) {
        try {
            return java.nio.file.Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no location for " + type, e);
        }
    }

    /** From a classes directory, or a jar when the library comes from the Maven repository. */
    private static void collect(java.nio.file.Path location, ClassLoader loader, Set<Class<?>> resources) {
        try {
            if (Files.isDirectory(location)) {
                collectUnder(location, loader, resources);
            } else {
                try (FileSystem jar = FileSystems.newFileSystem(location)) {
                    collectUnder(jar.getPath("/"), loader, resources);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the class file names the {@code @Path} annotation at all: only those are loaded, since the library's
     * other classes may need what only a server provides.
     */
    private static boolean mentionsPath(java.nio.file.Path classFile) throws IOException {
        return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains(PATH_DESCRIPTOR);
    }

    private static void collectUnder(java.nio.file.Path root, ClassLoader loader, Set<Class<?>> resources)
            throws IOException {
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String relative = root.relativize(file).toString();
                if (relative.startsWith("META-INF") || !mentionsPath(file)) {
                    continue;
                }
                String name = relative.replace(file.getFileSystem().getSeparator(), ".").replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, loader);
                    if (type.isAnnotationPresent(Path.class)) {
                        resources.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("cannot load " + name + " to look for resources", e);
                }
            }
        }
    }
}
