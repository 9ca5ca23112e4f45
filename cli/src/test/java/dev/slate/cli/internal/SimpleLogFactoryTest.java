package dev.slate.cli.internal;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.impl.SimpleLog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimpleLogFactoryTest {

    @Test
    void eachNameHasOneSimpleLogAndAClassItsName() {
        SimpleLogFactory factory = new SimpleLogFactory();

        Log log = factory.getInstance("org.apache.pdfbox.pdmodel.PDDocument");

        assertThat(log).isInstanceOf(SimpleLog.class);
        assertThat(factory.getInstance("org.apache.pdfbox.pdmodel.PDDocument")).isSameAs(log);
        assertThat(factory.getInstance(org.apache.pdfbox.pdmodel.PDDocument.class)).isSameAs(log);
        assertThat(factory.getInstance("org.apache.fontbox.ttf.TTFParser")).isNotSameAs(log);
    }

    @Test
    void keepsItsAttributes() {
        SimpleLogFactory factory = new SimpleLogFactory();

        factory.setAttribute("use_tccl", "false");
        factory.setAttribute("gone", "x");
        factory.setAttribute("gone", null);

        assertThat(factory.getAttribute("use_tccl")).isEqualTo("false");
        assertThat(factory.getAttributeNames()).containsExactly("use_tccl");
        factory.removeAttribute("use_tccl");
        assertThat(factory.getAttribute("use_tccl")).isNull();
    }
}
