package org.vigie.texts.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a decoded content stream into operators and their operands, for {@link PdfLeanReader}.
 * Operands are {@link Float} numbers, {@link Name}s, {@code byte[]} strings, {@link List} arrays (one
 * level) and {@link Dict}ionaries kept as raw text. Anything this tokenizer does not read exactly as
 * PDFBox's {@code PDFStreamParser} would (inline images, nested arrays or strings, names with
 * escapes, odd numbers) throws {@link PdfLeanReader.Declined}, and the document is read by PDFBox.
 */
final class PdfContentLexer {

    record Name(String value) {
    }

    record Dict(String raw) {
    }

    private static final int MAX_OPERANDS = 64;
    private static final int MAX_ARRAY = 100_000;

    private final byte[] b;
    private int p;
    private final List<Object> operands = new ArrayList<>();

    PdfContentLexer(byte[] content) {
        this.b = content;
    }

    /** The operands of the operator last returned by {@link #next()}. */
    List<Object> operands() {
        return operands;
    }

    /** The next operator, its operands in {@link #operands()}; null at the end of the stream. */
    String next() {
        operands.clear();
        List<Object> array = null;
        while (p < b.length) {
            int c = b[p] & 0xFF;
            Object operand;
            if (isSpace(c)) {
                p++;
                continue;
            } else if (c == '%') {
                while (p < b.length && b[p] != '\n' && b[p] != '\r') {
                    p++;
                }
                continue;
            } else if (c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.') {
                operand = number();
            } else if (c == '/') {
                operand = new Name(word(++p));
            } else if (c == '(') {
                operand = literal();
            } else if (c == '<' && p + 1 < b.length && b[p + 1] == '<') {
                operand = dictionary();
            } else if (c == '<') {
                operand = hex();
            } else if (c == '[') {
                if (array != null) {
                    throw new PdfLeanReader.Declined("nested array");
                }
                array = new ArrayList<>();
                p++;
                continue;
            } else if (c == ']') {
                if (array == null) {
                    throw new PdfLeanReader.Declined("unbalanced array");
                }
                operand = array;
                array = null;
                p++;
            } else if (c == ')' || c == '>' || c == '{' || c == '}') {
                throw new PdfLeanReader.Declined("unexpected delimiter");
            } else {
                String word = word(p);
                if (word.equals("true") || word.equals("false") || word.equals("null")) {
                    operand = word;
                } else if (array != null) {
                    throw new PdfLeanReader.Declined("operator inside an array");
                } else {
                    if (word.equals("BI") || word.equals("ID")) {
                        throw new PdfLeanReader.Declined("inline image");
                    }
                    return word;
                }
            }
            if (array != null && operand != array) {
                if (!(operand instanceof Float || operand instanceof byte[]) || array.size() >= MAX_ARRAY) {
                    throw new PdfLeanReader.Declined("array");
                }
                array.add(operand);
            } else if (operands.size() >= MAX_OPERANDS) {
                throw new PdfLeanReader.Declined("too many operands");
            } else {
                operands.add(operand);
            }
        }
        if (array != null || !operands.isEmpty()) {
            throw new PdfLeanReader.Declined("operands without operator");
        }
        return null;
    }

    private String word(int start) {
        p = start;
        while (p < b.length && !isDelimiter(b[p] & 0xFF)) {
            if (b[p] == '#') {
                throw new PdfLeanReader.Declined("name escape");
            }
            p++;
        }
        if (p == start && b[start - 1] != '/') {
            throw new PdfLeanReader.Declined("empty token");
        }
        return new String(b, start, p - start, StandardCharsets.ISO_8859_1);
    }

    /** As PDFBox: a real when the token has a point ({@link Float#parseFloat}), else an integer. */
    private Float number() {
        int start = p++;
        while (p < b.length && (b[p] >= '0' && b[p] <= '9' || b[p] == '.')) {
            p++;
        }
        if (p < b.length && !isDelimiter(b[p] & 0xFF)) {
            throw new PdfLeanReader.Declined("number");
        }
        String token = new String(b, start, p - start, StandardCharsets.ISO_8859_1);
        int digits = token.length() - (token.indexOf('.') >= 0 ? 1 : 0) - (token.charAt(0) == '-' || token.charAt(0) == '+' ? 1 : 0);
        if (token.indexOf('.') != token.lastIndexOf('.') || digits == 0) {
            throw new PdfLeanReader.Declined("number");
        }
        try {
            if (token.indexOf('.') >= 0) {
                return Float.parseFloat(token);
            }
            return (float) Long.parseLong(token.startsWith("+") ? token.substring(1) : token);
        } catch (NumberFormatException e) {
            throw new PdfLeanReader.Declined("number");
        }
    }

    private byte[] literal() {
        p++;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (p < b.length) {
            byte c = b[p++];
            if (c == ')') {
                return out.toByteArray();
            }
            if (c == '(' || c == '\r') {
                throw new PdfLeanReader.Declined("string");
            }
            if (c != '\\') {
                out.write(c);
                continue;
            }
            if (p >= b.length) {
                break;
            }
            byte e = b[p++];
            if (e >= '0' && e <= '7') {
                int v = e - '0';
                for (int k = 0; k < 2 && p < b.length && b[p] >= '0' && b[p] <= '7'; k++) {
                    v = v * 8 + b[p++] - '0';
                }
                out.write(v);
            } else if (e == '\r' || e == '\n') {
                throw new PdfLeanReader.Declined("string");
            } else {
                out.write(switch (e) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    default -> e;
                });
            }
        }
        throw new PdfLeanReader.Declined("unterminated string");
    }

    private byte[] hex() {
        p++;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int high = -1;
        while (p < b.length && b[p] != '>') {
            int c = b[p++] & 0xFF;
            int v = Character.digit(c, 16);
            if (v < 0 && !isSpace(c)) {
                throw new PdfLeanReader.Declined("hex string");
            } else if (v >= 0 && high < 0) {
                high = v;
            } else if (v >= 0) {
                out.write(high << 4 | v);
                high = -1;
            }
        }
        if (p++ >= b.length) {
            throw new PdfLeanReader.Declined("unterminated string");
        }
        if (high >= 0) {
            out.write(high << 4);
        }
        return out.toByteArray();
    }

    private Dict dictionary() {
        int start = p;
        for (int depth = 0; p < b.length;) {
            if (b[p] == '(') {
                literal();
            } else if (p + 1 < b.length && (b[p] == '<' && b[p + 1] == '<' || b[p] == '>' && b[p + 1] == '>')) {
                depth += b[p] == '<' ? 1 : -1;
                p += 2;
                if (depth == 0) {
                    return new Dict(new String(b, start, p - start, StandardCharsets.ISO_8859_1));
                }
            } else {
                p++;
            }
        }
        throw new PdfLeanReader.Declined("unterminated dictionary");
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0 || c == '\f';
    }

    private static boolean isDelimiter(int c) {
        return isSpace(c) || c == '/' || c == '[' || c == ']' || c == '(' || c == ')' || c == '<' || c == '>'
                || c == '%' || c == '{' || c == '}';
    }
}
