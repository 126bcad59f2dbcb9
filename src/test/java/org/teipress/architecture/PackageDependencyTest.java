package org.teipress.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies between tei-press's packages point one way: core at the bottom, the stages above it,
 * app (the composition root) above them, cli and bench on top. A package that imports one that
 * imports it back (directly or around a loop) fails this test, which names the loop.
 */
class PackageDependencyTest {
    private static final Path SOURCES = Path.of("src/main/java/org/teipress");
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.teipress\\.([a-z]+)\\.[A-Z]");

    @Test
    void noPackageDependsOnItselfThroughOthers() throws IOException {
        Map<String, Set<String>> uses = dependencies();
        List<String> loops = new ArrayList<>();
        for (String start : uses.keySet()) {
            List<String> loop = loopFrom(start, uses);
            if (!loop.isEmpty()) {
                loops.add(String.join(" → ", loop));
            }
        }
        assertEquals(List.of(), loops, "package dependencies: " + uses);
    }

    @Test
    void theCommandLineIsNotTheCompositionRoot() throws IOException {
        Map<String, Set<String>> uses = dependencies();
        for (var entry : uses.entrySet()) {
            if (!entry.getKey().equals("cli")) {
                assertEquals(false, entry.getValue().contains("cli"), entry.getKey() + " imports cli");
            }
        }
    }

    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(file).getName(0).toString();
                Set<String> used = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        return uses;
    }

    /** A path from {@code start} back to itself, or empty; depth-first over the package graph. */
    private static List<String> loopFrom(String start, Map<String, Set<String>> uses) {
        Deque<List<String>> paths = new ArrayDeque<>();
        paths.push(List.of(start));
        Set<String> seen = new TreeSet<>();
        while (!paths.isEmpty()) {
            List<String> path = paths.pop();
            for (String next : uses.getOrDefault(path.get(path.size() - 1), Set.of())) {
                List<String> longer = new ArrayList<>(path);
                longer.add(next);
                if (next.equals(start)) {
                    return longer;
                }
                if (seen.add(next)) {
                    paths.push(longer);
                }
            }
        }
        return List.of();
    }
}
