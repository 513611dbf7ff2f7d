package io.anonpay.wildfly;

import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * A party's WAR exactly as the build made it, plus what its in-container test needs inside the server: the test
 * class, {@link PartyDatabase} and AssertJ (Arquillian adds itself and JUnit).
 */
public final class TestableDeployment {

    private TestableDeployment() {
    }

    /** @param war the file name in the directory the build copied the deployables to, e.g. {@code credit.war} */
    public static WebArchive of(String war, Class<?>... testClasses) {
        File packaged = Path.of(System.getProperty("anonpay.wildfly.runtime"), war).toFile();
        return ShrinkWrap.createFromZipFile(WebArchive.class, packaged)
                .addClasses(testClasses)
                .addClass(PartyDatabase.class)
                .addAsLibrary(jarOf(Assertions.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no jar for " + type, e);
        }
    }
}
