package org.teipress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar ships the hyphenation patterns docs/hyphenation-licences.md says it ships:
 * it leaves out exactly the offo files whose licence an Apache-2.0 toolchain may not carry,
 * and the stylesheets ask FOP to hyphenate only languages whose patterns it ships.
 */
class ShippedHyphenationIT {
    private static final Pattern PATTERN_FILE = Pattern.compile("hyph/(.+)\\.hyp");
    /** A row of the licence list: file, source, licence, may ship, shipped. */
    private static final Pattern ROW = Pattern.compile("^\\| `hyph/(\\S+)\\.hyp` \\| [^|]+ \\| [^|]+ \\| (yes|no) \\| (yes|no) \\|");

    private static Set<String> patternFiles(JarFile jar) {
        Set<String> names = new TreeSet<>();
        for (var entry : Collections.list(jar.entries())) {
            Matcher name = PATTERN_FILE.matcher(entry.getName());
            if (name.matches()) {
                names.add(name.group(1));
            }
        }
        return names;
    }

    private static Set<String> offoFiles() throws IOException {
        URL english = ShippedHyphenationIT.class.getClassLoader().getResource("hyph/en.hyp");
        assertTrue(english != null && english.getProtocol().equals("jar"), "offo jar not on the class path: " + english);
        try (JarFile offo = ((JarURLConnection) english.openConnection()).getJarFile()) {
            return patternFiles(offo);
        }
    }

    private static Set<String> shippedFiles() throws IOException {
        Path jar = Path.of("target", "tei-press.jar");
        assertTrue(Files.isRegularFile(jar), jar + " missing: run mvn package first");
        try (JarFile shaded = new JarFile(jar.toFile())) {
            return patternFiles(shaded);
        }
    }

    @Test
    void theJarLeavesOutExactlyThePatternsTheLicenceListFindsIncompatible() throws IOException {
        Set<String> dropped = new TreeSet<>(offoFiles());
        dropped.removeAll(shippedFiles());
        Set<String> incompatible = new TreeSet<>();
        Set<String> listedAsDropped = new TreeSet<>();
        int rows = 0;
        for (String line : Files.readAllLines(Path.of("docs", "hyphenation-licences.md"), StandardCharsets.UTF_8)) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                rows++;
                if (row.group(2).equals("no")) {
                    incompatible.add(row.group(1));
                }
                if (row.group(3).equals("no")) {
                    listedAsDropped.add(row.group(1));
                }
            }
        }
        assertEquals(offoFiles().size(), rows, "one row per offo pattern file");
        assertFalse(dropped.isEmpty(), "the jar ships every offo pattern file");
        assertEquals(incompatible, dropped, "files the licence list finds incompatible vs. files the jar leaves out");
        assertEquals(listedAsDropped, dropped, "files the licence list says are not shipped vs. files the jar leaves out");
    }

    @Test
    void theStylesheetsHyphenateOnlyLanguagesWhosePatternsShip() throws IOException {
        String params = Files.readString(Path.of("xslt", "fo", "params.xsl"), StandardCharsets.UTF_8);
        Matcher languages = Pattern.compile("name=\"hyphenation-languages\"[^>]*select=\"tokenize\\('([^']*)'\\)\"").matcher(params);
        assertTrue(languages.find(), "hyphenation-languages not found in params.xsl");
        Set<String> shipped = shippedFiles();
        List<String> missing = List.of(languages.group(1).strip().split("\\s+")).stream()
                .filter(language -> !shipped.contains(language)).toList();
        assertTrue(missing.isEmpty(), "hyphenated, but no pattern file ships: " + missing);
    }
}
