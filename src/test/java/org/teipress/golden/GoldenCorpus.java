package org.teipress.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The golden fixtures in {@code src/test/resources/golden}: each {@code NAME.xml} is a small TEI
 * document, optionally with {@code NAME.params} (normalize.xsl parameters, {@code name=value} a
 * line), and beside it the expected {@code NAME.normalized.xml} and {@code NAME.text.txt}.
 * Read from the source tree, not the class path, so that {@code -Dgolden.update=true} rewrites
 * the files under version control.
 */
final class GoldenCorpus {
    static final Path FOLDER = Path.of("src", "test", "resources", "golden");
    static final String UPDATE_PROPERTY = "golden.update";

    private GoldenCorpus() {
    }

    record Fixture(String name, Path source, Map<String, String> parameters) {
        Path expectedTree() {
            return FOLDER.resolve(name + ".normalized.xml");
        }

        Path expectedText() {
            return FOLDER.resolve(name + ".text.txt");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Fixture> fixtures() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(file -> file.endsWith(".xml") && !file.endsWith(".normalized.xml"))
                    .sorted()
                    .map(file -> fixture(file.substring(0, file.length() - ".xml".length())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the golden fixtures in " + FOLDER.toAbsolutePath(), e);
        }
    }

    private static Fixture fixture(String name) {
        Path params = FOLDER.resolve(name + ".params");
        Map<String, String> parameters = new LinkedHashMap<>();
        if (Files.exists(params)) {
            try {
                for (String line : Files.readAllLines(params, StandardCharsets.UTF_8)) {
                    String trimmed = line.strip();
                    if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                        continue;
                    }
                    int equals = trimmed.indexOf('=');
                    if (equals < 1) {
                        throw new IllegalStateException(params + ": expected name=value, found: " + line);
                    }
                    parameters.put(trimmed.substring(0, equals).strip(), trimmed.substring(equals + 1).strip());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Fixture(name, FOLDER.resolve(name + ".xml"), Map.copyOf(parameters));
    }

    static boolean updating() {
        return Boolean.getBoolean(UPDATE_PROPERTY);
    }
}
