package io.newsflow.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

    private static final String SAMPLE = "“Peace,” she said — it’s déjà vu for Côté: £5.20.";

    @Test
    void plainUtf8() throws Exception {
        PageDecoder.DecodedPage d = PageDecoder.decode(SAMPLE.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(SAMPLE);
        assertThat(d.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void utf8WithBomDropsTheMark() throws Exception {
        PageDecoder.DecodedPage d = PageDecoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                SAMPLE.getBytes(StandardCharsets.UTF_8)));
        assertThat(d.text()).isEqualTo(SAMPLE);
        assertThat(d.encoding()).isEqualTo("UTF-8 (BOM)");
    }

    @Test
    void utf16LittleAndBigEndianWithBom() throws Exception {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SAMPLE.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, SAMPLE.getBytes(StandardCharsets.UTF_16BE));
        assertThat(PageDecoder.decode(le).text()).isEqualTo(SAMPLE);
        assertThat(PageDecoder.decode(be).text()).isEqualTo(SAMPLE);
        assertThat(PageDecoder.decode(le).encoding()).isEqualTo("UTF-16LE (BOM)");
    }

    @Test
    void utf16WithoutBomIsNotMistakenForBinary() throws Exception {
        String text = "Armenia and Azerbaijan agreed to a ceasefire on Saturday, officials said.";
        PageDecoder.DecodedPage d = PageDecoder.decode(text.getBytes(StandardCharsets.UTF_16LE));
        assertThat(d.text()).isEqualTo(text);
    }

    @Test
    void invalidUtf8IsReadAsWindows1252() throws Exception {
        byte[] cp1252 = SAMPLE.getBytes(Charset.forName("windows-1252"));
        PageDecoder.DecodedPage d = PageDecoder.decode(cp1252);
        assertThat(d.text()).isEqualTo(SAMPLE);
        assertThat(d.encoding()).isEqualTo("windows-1252");
    }

    @Test
    void latin1BytesDecodeLikeWindows1252() throws Exception {
        String text = "Café au lait à Genève, Zürich et Århus.";
        assertThat(PageDecoder.decode(text.getBytes(StandardCharsets.ISO_8859_1)).text()).isEqualTo(text);
    }

    @Test
    void aStrayInvalidByteInUtf8TextDoesNotTurnTheRestIntoMojibake() throws Exception {
        String good = "“Quoted” — it’s here. ".repeat(5);
        byte[] bytes = concat(good.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0x93, 'x', (byte) 0x94});
        String text = PageDecoder.decode(bytes).text();
        assertThat(text).startsWith(good).endsWith("“x”").doesNotContain("â€");
    }

    @Test
    void utf8CutInsideTheLastCharacterIsStillUtf8() throws Exception {
        byte[] full = "Café – ok “end”".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 1);   // last byte of ” missing
        PageDecoder.DecodedPage d = PageDecoder.decode(cut);
        assertThat(d.encoding()).isEqualTo("UTF-8");
        assertThat(d.text()).isEqualTo("Café – ok “end");
    }

    @Test
    void htmlDeclaredCharsetIsUsedWhenBytesAreNotUtf8() throws Exception {
        String html = "<html><head><meta charset=\"windows-1251\"></head><body><p>Привет, мир</p></body></html>";
        PageDecoder.DecodedPage d = PageDecoder.decode(html.getBytes(Charset.forName("windows-1251")));
        assertThat(d.text()).contains("Привет, мир");
    }

    @Test
    void emptyAndBlankFilesAreRejected() {
        assertThatThrownBy(() -> PageDecoder.decode(new byte[0]))
                .isInstanceOf(UnusableInputException.class).hasMessage("empty file");
        assertThatThrownBy(() -> PageDecoder.decode(" \n\t\r\n ".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(UnusableInputException.class).hasMessageContaining("only whitespace");
    }

    @Test
    void nulBytesMeanBinary() {
        byte[] b = "Some text\u0000with\u0000nuls and more text here".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> PageDecoder.decode(b))
                .isInstanceOf(UnusableInputException.class).hasMessage("binary content (NUL bytes)");
    }

    @Test
    void knownBinaryFormatsAreNamed() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> PageDecoder.decode(png)).hasMessage("binary content (PNG image)");
        assertThatThrownBy(() -> PageDecoder.decode(pdf)).hasMessage("binary content (PDF document)");
    }

    @Test
    void controlCharacterHeavyContentIsBinary() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < 400; i++) {
            out.write('a' + (i % 26));
            if (i % 7 == 0) {
                out.write(0x01 + (i % 8));
            }
        }
        assertThatThrownBy(() -> PageDecoder.decode(out.toByteArray()))
                .isInstanceOf(UnusableInputException.class).hasMessageStartingWith("binary content (")
                .hasMessageEndingWith("% control characters)");
    }

    @Test
    void aFewControlCharactersInLongTextAreTolerated() throws Exception {
        String text = "A normal paragraph of news text. ".repeat(40) + "\u0007" + " end.";
        assertThat(PageDecoder.decode(text.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(text);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
