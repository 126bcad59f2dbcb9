package org.teipress.validate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.nio.file.Path;
import net.sf.saxon.s9api.Processor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.teipress.core.PublishException;
import org.teipress.core.BundledResources;

/**
 * The TEI fixtures the tests publish stand for real sources, so they must pass the same gate a
 * real source passes; otherwise a test may pass on a document tei-press would refuse.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestFixturesValidityTest {
    private TeiValidator validator;

    @BeforeAll
    void compileSchemas() throws PublishException {
        Processor processor = new Processor(false);
        validator = new TeiValidator(processor, new BundledResources()).in(TeiValidator.Mode.STRICT, processor);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "src/test/resources/check/sample.xml",
        "src/test/resources/cli/small.xml",
        "src/test/resources/epub/sample.xml",
        "src/test/resources/validate/subset-sampler.xml",
        "src/test/resources/org/teipress/pdf/sample.xml",
        "src/test/resources/org/teipress/pdf/subset.xml",
    })
    void passesTheProjectSchemaAndRules(String fixture) {
        assertDoesNotThrow(() -> validator.validate(Path.of(fixture)), fixture);
    }
}
