package org.teipress.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged tool gives the same bytes in any time zone and locale. Run as a separate JVM, since
 * the time zone and locale are fixed when a JVM starts: once as a UTC, English machine, once as a
 * Turkish one in Shanghai (Turkish changes the case of "i", which once broke the XMP extension
 * schema; Shanghai's +08:00 once went into the PDF's CreationDate).
 */
class MachineIndependenceIT {
    private static final String SOURCE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
            <teiHeader><fileDesc><titleStmt><title>Istanbul in winter</title></titleStmt>
            <publicationStmt><idno type="URI">urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427</idno>
            <date when="2026-11-24">2026</date></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>
            <text><body>
            <p>In Istanbul the ferries leave Eminönü at nine; this is the first paragraph.</p>
            <p>İ and ı are distinct letters in Turkish: DİL, dil, ILIK, ılık.</p>
            </body></text></TEI>
            """;

    @TempDir
    Path dir;

    private int build(Path source, Path out, Map<String, String> environment, String... jvmOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", Path.of("target", "tei-press.jar").toAbsolutePath().toString(),
                "build", source.toString(), "--out", out.toString(), "--quiet"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(out.getFileName() + ".log").toFile());
        builder.environment().remove("SOURCE_DATE_EPOCH");
        builder.environment().putAll(environment);
        return builder.start().waitFor();
    }

    @Test
    void aTurkishMachineInShanghaiWritesTheSameBytesAsAnEnglishOneInUtc() throws Exception {
        Path source = Files.writeString(dir.resolve("doc.xml"), SOURCE, StandardCharsets.UTF_8);
        int utc = build(source, dir.resolve("utc"), Map.of("TZ", "UTC", "LANG", "C.UTF-8"),
                "-Duser.language=en", "-Duser.country=US");
        int shanghai = build(source, dir.resolve("shanghai"), Map.of("TZ", "Asia/Shanghai", "LANG", "tr_TR.UTF-8"),
                "-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Asia/Shanghai");
        assertEquals(0, utc, Files.readString(dir.resolve("utc.log")));
        assertEquals(0, shanghai, Files.readString(dir.resolve("shanghai.log")));
        for (String output : List.of("doc.pdf", "doc.epub")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("utc").resolve(output)),
                    Files.readAllBytes(dir.resolve("shanghai").resolve(output)), output + " differs");
        }
    }
}
