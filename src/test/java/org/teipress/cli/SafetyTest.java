package org.teipress.cli;

import org.teipress.app.Toolchain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.teipress.core.PublishException;

/** Untrusted TEI cannot read local files, reach the network or exhaust memory through a build. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SafetyTest {
    private static final String SECRET = "the-secret-is-7f3a9c";
    private Toolchain toolchain;

    @TempDir
    Path dir;

    @BeforeAll
    void toolchain() throws PublishException {
        toolchain = new Toolchain();
    }

    private CliRun build(Path source, Path out) {
        return CliRun.run(() -> toolchain, "build", source.toString(), "--out", out.toString());
    }

    private static String withDoctype(String doctype, String body) {
        return CliRun.tei(body).replace("<TEI ", doctype + "\n<TEI ");
    }

    private static void assertNowhere(String text, CliRun run, Path out) throws IOException {
        assertFalse(run.out().contains(text) || run.err().contains(text), run.toString());
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.walk(out)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    assertFalse(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).contains(text), file.toString());
                }
            }
        }
    }

    @Test
    void externalEntityToALocalSecretIsRefused() throws IOException {
        Path secret = CliRun.write(dir.resolve("secret.txt"), SECRET);
        Path source = CliRun.write(dir.resolve("doc.xml"), withDoctype(
                "<!DOCTYPE TEI [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", "<p>&xxe;</p>"));
        Path out = dir.resolve("out");
        CliRun run = build(source, out);
        assertEquals(ExitCodes.INVALID_INPUT, run.exit(), run.toString());
        assertTrue(run.err().contains(source + ":") && run.err().contains("&xxe;"), run.toString());
        assertNowhere(SECRET, run, out);
        assertEquals(0, CliRun.snapshot(out).keySet().stream().filter(f -> !f.isEmpty()).count(), "no output");
    }

    @Test
    void externalEntityToTheNetworkIsRefusedWithoutConnecting() throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            server.setSoTimeout(300);
            Path source = CliRun.write(dir.resolve("net.xml"), withDoctype("<!DOCTYPE TEI [<!ENTITY remote SYSTEM "
                    + "\"http://127.0.0.1:" + server.getLocalPort() + "/secret\">]>", "<p>&remote;</p>"));
            Path out = dir.resolve("out-net");
            CliRun run = build(source, out);
            assertEquals(ExitCodes.INVALID_INPUT, run.exit(), run.toString());
            assertTrue(run.err().contains("&remote;"), run.toString());
            assertThrows(SocketTimeoutException.class, server::accept, "nothing was fetched");
        }
    }

    @Test
    void billionLaughsIsRefusedQuickly() throws IOException {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE TEI [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        Path source = CliRun.write(dir.resolve("lol.xml"), withDoctype(doctype + "]>", "<p>&lol9;</p>"));
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> build(source, dir.resolve("out-lol")));
        assertEquals(ExitCodes.INVALID_INPUT, run.exit(), run.toString());
        assertTrue(run.err().contains("billion laughs"), run.toString());
    }

    @Test
    void stylesheetsCannotReadLocalFilesOrTheNetwork() throws Exception {
        Path allowed = CliRun.write(dir.resolve("src/allowed.xml"), "<ok/>");
        toolchain.allowFolders(allowed, dir.resolve("out-xpath"));
        XPathCompiler xpath = toolchain.processor().newXPathCompiler();
        // The control: a document in the build's source folder is readable, so refusals below mean something.
        assertEquals("ok", xpath.evaluateSingle("local-name(doc('" + allowed.toUri() + "')/*)", null).getStringValue());

        Path outside = CliRun.write(dir.resolveSibling(dir.getFileName() + "-outside.xml"), "<secret>" + SECRET + "</secret>");
        try (ServerSocket server = new ServerSocket(0)) {
            server.setSoTimeout(300);
            String http = "http://127.0.0.1:" + server.getLocalPort() + "/";
            for (String expression : new String[] {
                    "doc('file:///etc/passwd')", "doc('" + outside.toUri() + "')", "doc('" + http + "')",
                    "unparsed-text('file:///etc/passwd')", "unparsed-text('" + outside.toUri() + "')",
                    "unparsed-text('" + http + "')", "collection('file:///etc/?select=*.conf')"}) {
                SaxonApiException refused = assertThrows(SaxonApiException.class,
                        () -> xpath.evaluate(expression, null), expression);
                assertFalse(refused.getMessage().contains(SECRET), refused.getMessage());
                assertTrue(expression.contains("http") || refused.getMessage().contains("tei-press refuses"),
                        expression + ": " + refused.getMessage());
            }
            assertThrows(SocketTimeoutException.class, server::accept, "nothing was fetched");
        } finally {
            Files.deleteIfExists(outside);
        }
    }
}
