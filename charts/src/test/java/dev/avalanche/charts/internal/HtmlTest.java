package dev.avalanche.charts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void markupCharactersAreEscaped() {
        assertEquals("&lt;b a=&quot;1&quot; b=&#39;2&#39;&gt;x &amp; y&lt;/b&gt;", Html.escape("<b a=\"1\" b='2'>x & y</b>"));
    }

    @Test
    void theColonOfAnAddressIsWrittenAsAReferenceSoNoAddressAppearsInThePage() {
        assertEquals("see http&#58;//example.org, time: 10:30", Html.escape("see http://example.org, time: 10:30"));
    }
}
