package io.anonpay.client;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the mall is: --mall if given, else the launcher's run file ({@code servers.mall.baseUrl}), else the
 * launcher's default address. Only the mall is needed: it lists the companies and its instructions say where to go.
 */
final class RunFile {

    static final Path DEFAULT_PATH = Path.of("anonpay-data", "run.json");
    static final URI DEFAULT_MALL = URI.create("http://127.0.0.1:8080/mall");

    private RunFile() {
    }

    /**
     * @param explicitRunFile null when --run-file was not given: then a missing default file is no error
     */
    static URI mallBaseUrl(String explicitMall, Path explicitRunFile) {
        if (explicitMall != null) {
            return Urls.parse(explicitMall, "--mall");
        }
        Path file = explicitRunFile != null ? explicitRunFile : DEFAULT_PATH;
        if (!Files.exists(file)) {
            if (explicitRunFile != null) {
                throw ClientFailure.usage("run file " + file + " does not exist (start the system with the "
                        + "launcher, or give the mall's address with --mall)");
            }
            return DEFAULT_MALL;
        }
        return read(file).orElseThrow(() -> ClientFailure.usage("run file " + file
                + " names no mall (servers.mall.baseUrl); give the mall's address with --mall"));
    }

    /**
     * The authority to trust ({@code tls.ca}) when the launcher ran with {@code --tls}; empty for plain runs, without
     * a run file, or when the mall is given with --mall (then the JDK's own authorities are trusted).
     */
    static Optional<Path> authority(String explicitMall, Path explicitRunFile) {
        Path file = explicitRunFile != null ? explicitRunFile : DEFAULT_PATH;
        if (explicitMall != null || !Files.exists(file)) {
            return Optional.empty();
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             var reader = JsonSupport.reader(in)) {
            return Optional.ofNullable(JsonSupport.string(JsonSupport.object(reader.readObject(), "tls"), "ca"))
                    .map(Path::of);
        } catch (IOException e) {
            throw ClientFailure.usage("cannot read run file " + file + ": " + e.getMessage());
        } catch (JsonException | IllegalStateException e) {
            throw ClientFailure.usage("run file " + file + " is not a JSON object: " + e.getMessage());
        }
    }

    /** servers.mall.baseUrl of a run file. */
    static Optional<URI> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             var reader = JsonSupport.reader(in)) {
            JsonObject run = reader.readObject();
            String url = JsonSupport.string(JsonSupport.object(JsonSupport.object(run, "servers"), "mall"), "baseUrl");
            return Optional.ofNullable(url).map(u -> Urls.parse(u, "servers.mall.baseUrl in " + file));
        } catch (IOException e) {
            throw ClientFailure.usage("cannot read run file " + file + ": " + e.getMessage());
        } catch (JsonException | IllegalStateException e) {
            throw ClientFailure.usage("run file " + file + " is not a JSON object: " + e.getMessage());
        }
    }
}
