package org.teipress.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import picocli.CommandLine;

/** Runs tei-press in-process, as the shell would, and keeps what it printed. */
record CliRun(int exit, String out, String err) {
    static final String TEI_START = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">";
    static final String HEADER = "<teiHeader><fileDesc><titleStmt><title>Test</title></titleStmt>"
            + "<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>";

    static CliRun run(ToolchainSource toolchains, String... args) {
        CommandLine commandLine = Main.commandLine(toolchains);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** A TEI document with {@code body} as the content of its body, one element per line. */
    static String tei(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + TEI_START + "\n" + HEADER + "\n<text><body>\n"
                + body + "\n</body></text></TEI>\n";
    }

    /** The text of an EPUB's entries whose names end in {@code suffix}, each after the other. */
    static String epubEntries(Path epub, String suffix) throws IOException {
        StringBuilder text = new StringBuilder();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(epub.toFile())) {
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().endsWith(suffix)) {
                    text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return text.toString();
    }

    /**
     * {@link #tei} as a build publishes it without supplying anything: the book's language, and
     * the publication statement's identifier and date the EPUB needs.
     */
    static String publishable(String lang, String body) {
        return tei(body)
                .replace("<publicationStmt><p>p</p></publicationStmt>", "<publicationStmt><idno type=\"URI\">"
                        + "urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427</idno><date when=\"2026-01-01\">2026</date></publicationStmt>")
                .replace(TEI_START, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"" + lang + "\">");
    }

    /**
     * Writes {@code body} as {@link #publishable} TEI in {@code language} to {@code dir}/doc.xml and
     * builds it quietly into {@code dir}/out.
     */
    static CliRun buildPublishable(ToolchainSource toolchains, Path dir, String language, String body)
            throws IOException {
        Path source = write(dir.resolve("doc.xml"), publishable(language, body));
        return run(toolchains, "build", source.toString(), "--out", dir.resolve("out").toString(), "-q");
    }

    static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** Every file under {@code dir} (hidden ones too) with its size, time and content hash. */
    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String key = dir.relativize(p).toString();
                files.put(key, Files.isDirectory(p) ? "dir"
                        : Files.size(p) + " " + Files.getLastModifiedTime(p) + " "
                                + java.util.Arrays.hashCode(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
