package io.anonpay.systemtests.packaging;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mall's EAR, for full application servers: the EJB module and the skinny web module, declared in
 * application.xml, with the shared libraries once in lib/ and not again inside the web module.
 */
class EarPackagingTest {

    private static final Path EAR = Path.of(System.getProperty("anonpay.ear", "../mall-ear/ear/target/mall.ear"));

    @Test
    void theEarPacksTheEjbAndWebModulesAndTheirLibraries() throws IOException {
        assertThat(EAR).exists();
        try (ZipFile ear = new ZipFile(EAR.toFile())) {
            List<String> entries = ear.stream().map(ZipEntry::getName).toList();
            assertThat(entries).contains("mall-ejb.jar", "mall-web.war", "META-INF/application.xml");
            assertThat(entries).anyMatch(e -> e.matches("lib/.*ejb-common.*\\.jar"))
                    .anyMatch(e -> e.matches("lib/.*flyway-core.*\\.jar"))
                    .anyMatch(e -> e.matches("lib/.*postgresql.*\\.jar"));
            String application = new String(ear.getInputStream(ear.getEntry("META-INF/application.xml")).readAllBytes());
            assertThat(application).contains("<ejb>mall-ejb.jar</ejb>").contains("<web-uri>mall-web.war</web-uri>")
                    .contains("<context-root>/mall</context-root>");
            List<String> inWeb = entriesOf(ear, "mall-web.war");
            assertThat(inWeb).contains("WEB-INF/web.xml", "index.html")
                    .anyMatch(e -> e.startsWith("WEB-INF/classes/io/anonpay/mall/purchase/web/PurchasesResource"))
                    .noneMatch(e -> e.startsWith("WEB-INF/lib/") && e.endsWith(".jar"));
            List<String> inEjb = entriesOf(ear, "mall-ejb.jar");
            assertThat(inEjb).contains("META-INF/persistence.xml")
                    .anyMatch(e -> e.startsWith("db/migration/mall/V1__"))
                    .anyMatch(e -> e.endsWith("SettlementResultConsumer.class"));
        }
    }

    private static List<String> entriesOf(ZipFile ear, String module) throws IOException {
        List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(ear.getInputStream(ear.getEntry(module)))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
