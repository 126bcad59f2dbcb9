package org.teipress.xslt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every locale in xslt/locales/ is one the stylesheets read (fp:locale-names), and says every
 * generated text the English one says, but for the names of reference groups, which follow the
 * locale's own groups.
 */
class LocalesTest {
    private static final Path LOCALES = Path.of("xslt/locales");
    private static final Pattern KEY = Pattern.compile("<text key=\"([^\"]+)\"");

    @Test
    void everyLocaleFileIsReadAndComplete() throws IOException {
        String l10n = Files.readString(Path.of("xslt/common/l10n.xsl"));
        Matcher names = Pattern.compile("fp:locale-names\" as=\"xs:string\\+\" select=\"([^\"]+)\"").matcher(l10n);
        assertTrue(names.find(), "fp:locale-names in l10n.xsl");
        Set<String> read = new TreeSet<>();
        for (String name : names.group(1).split(",")) {
            read.add(name.strip().replace("'", ""));
        }
        Set<String> files = new TreeSet<>();
        try (Stream<Path> listed = Files.list(LOCALES)) {
            listed.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xml"))
                    .forEach(n -> files.add(n.substring(0, n.length() - 4)));
        }
        assertEquals(files, read);
        Set<String> english = keys("en");
        for (String locale : files) {
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(keys(locale));
            assertEquals(Set.of(), missing, locale + ".xml lacks");
        }
    }

    private static Set<String> keys(String locale) throws IOException {
        Set<String> keys = new TreeSet<>();
        Matcher key = KEY.matcher(Files.readString(LOCALES.resolve(locale + ".xml")));
        while (key.find()) {
            if (!key.group(1).startsWith("references-")) {
                keys.add(key.group(1));
            }
        }
        return keys;
    }
}
