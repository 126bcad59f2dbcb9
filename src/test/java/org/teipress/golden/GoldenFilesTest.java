package org.teipress.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden fixture's normalised tree and generated text against the files stored beside it.
 * After an intended change, {@code mvn -o test -Dtest=GoldenFilesTest -Dgolden.update=true}
 * rewrites the expected files; read the git diff before committing them.
 */
class GoldenFilesTest {
    private final FixtureTransforms transforms = new FixtureTransforms();

    @Test
    void theCorpusCoversTheLanguagesAndCasesItMust() {
        List<String> names = GoldenCorpus.fixtures().stream().map(GoldenCorpus.Fixture::name).toList();
        assertTrue(names.size() >= 15, "at least 15 golden fixtures, found " + names);
        for (String prefix : List.of("en-", "ru-", "fr-", "zh-", "no-lang", "no-notes")) {
            assertTrue(names.stream().anyMatch(name -> name.startsWith(prefix)), "a fixture named " + prefix + "*");
        }
    }

    @TestFactory
    Stream<DynamicTest> normalisedTreeAndGeneratedTextMatchTheGoldenFiles() {
        return GoldenCorpus.fixtures().stream().map(fixture -> DynamicTest.dynamicTest(fixture.name(), () -> {
            FixtureTransforms.Normalized normalized = transforms.normalize(fixture);
            String tree = transforms.serialize(normalized.tree());
            StringBuilder text = new StringBuilder();
            normalized.messages().forEach(message -> text.append("message: ").append(message).append('\n'));
            text.append(transforms.generatedText(normalized.tree()));
            compare(fixture.expectedTree(), tree);
            compare(fixture.expectedText(), text.toString());
        }));
    }

    private static void compare(Path expectedFile, String actual) throws IOException {
        if (GoldenCorpus.updating()) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(expectedFile)) {
            fail(expectedFile + " is missing; create it with -D" + GoldenCorpus.UPDATE_PROPERTY
                    + "=true and read it before committing it.");
        }
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            assertEquals(expected, actual, expectedFile + " differs from the output; "
                    + TextDiff.describe(expected, actual) + "If the change is intended, rerun with -D"
                    + GoldenCorpus.UPDATE_PROPERTY + "=true and review the git diff.");
        }
    }
}
