package org.teipress.typography;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The EPUB's compressed punctuation as Chromium, the engine of most reading systems, lays it out:
 * each chapter is opened headless with a script that measures the advance of every mark the
 * normalising pass compressed. Chromium is required (property teipress.chromium, by default
 * Debian's /usr/bin/chromium); without it the test fails rather than pass unmeasured.
 */
class ReportEpubInChromiumIT {
    private static final Pattern MEASURED = Pattern.compile("data-squeeze=\"([^\"]*)\"");

    @Test
    void adjacentFullWidthMarksMeasureOneAndAHalfEm(@TempDir Path unpacked) throws Exception {
        Path chromium = Path.of(System.getProperty("teipress.chromium", "/usr/bin/chromium"));
        assertTrue(Files.isExecutable(chromium), "Chromium is needed to measure the EPUB: " + chromium);
        Path script = unpacked.resolve("measure-squeeze.js");
        try (InputStream in = ReportEpubInChromiumIT.class.getResourceAsStream("/typography/measure-squeeze.js")) {
            Files.copy(in, script);
        }
        List<Path> chapters = unpack(Path.of(System.getProperty("teipress.dist", "dist")).resolve("report.epub"),
                unpacked, script);
        List<String> wrong = new ArrayList<>();
        int pairs = 0;
        for (Path chapter : chapters) {
            for (String pair : measure(chromium, chapter)) {
                pairs++;
                // From the first mark's start to the second's: 0.5 em when compressed, 1 em when not.
                double advance = Double.parseDouble(pair.substring(pair.indexOf(':') + 1));
                if (advance < 0.4 || advance > 0.6) {
                    wrong.add(chapter.getFileName() + " " + pair);
                }
            }
        }
        assertTrue(pairs > 0, "no compressed pair measured in " + chapters.size() + " chapters");
        assertTrue(wrong.isEmpty(), pairs + " pairs; first mark not half an em: " + wrong);
    }

    private static List<Path> unpack(Path epub, Path into, Path script) throws IOException {
        List<Path> chapters = new ArrayList<>();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                Path target = into.resolve(entry.getName()).normalize();
                if (entry.isDirectory() || !target.startsWith(into)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(zip.getInputStream(entry), target);
                if (target.getFileName().toString().matches("sec.*\\.xhtml")) {
                    String text = Files.readString(target, StandardCharsets.UTF_8);
                    Files.writeString(target, text.replace("</head>",
                            "<script src=\"" + script.toUri() + "\"></script></head>"), StandardCharsets.UTF_8);
                    chapters.add(target);
                }
            }
        }
        return chapters;
    }

    private static List<String> measure(Path chromium, Path chapter) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--allow-file-access-from-files", "--virtual-time-budget=3000", "--dump-dom", chapter.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("Chromium did not finish on " + chapter);
        }
        Matcher measured = MEASURED.matcher(dom);
        if (!measured.find()) {
            throw new IOException("Chromium ran no measurement on " + chapter + " (exit " + process.exitValue() + ")");
        }
        return measured.group(1).isEmpty() ? List.of() : List.of(measured.group(1).split(" "));
    }
}
