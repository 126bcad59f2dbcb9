package org.teipress.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The main language of texts that declare none, from their letters alone. */
class MainLanguageTest {
    private final MainLanguage languages = new MainLanguage();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "zh-Hant | 子曰：學而時習之，不亦說乎？有朋自遠方來，不亦樂乎？",
        "zh-Hans | 子曰：学而时习之，不亦说乎？有朋自远方来，不亦乐乎？",
        "ru      | Милостивая государыня, я не умею разговаривать с дамами, но вы мне понравились.",
        "el      | Ἄνδρα μοι ἔννεπε, Μοῦσα, πολύτροπον, ὃς μάλα πολλὰ πλάγχθη.",
        "la      | Gallia est omnis divisa in partes tres, quarum unam incolunt Belgae, aliam Aquitani.",
        "fr      | Le chat est sur la table et il dort dans la maison pendant que les enfants jouent.",
        "de      | Der Hund ist nicht in dem Garten, und die Katze sitzt auf dem Dach mit einer Maus.",
        "en      | It was the best of times, it was the worst of times, and the age of wisdom.",
        "en      | 1234 5678 — 99",
    })
    void detectsTheMainLanguage(String expected, String text) {
        assertEquals(expected, languages.of(text).language(), languages.of(text).reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cyrillic in a Chinese text does not make it Russian | ru | 子曰學而時習之不亦說乎有朋自遠方來 Москва",
    })
    void theScriptOfMostLettersWins(String name, String notExpected, String text) {
        assertEquals("zh-Hant", languages.of(text).language(), name);
    }
}
