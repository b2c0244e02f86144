package org.vigie.tracker;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream that counts its bytes and fails once more than a limit have been read. */
final class SizeLimit extends FilterInputStream {
    private final long limit;
    private long count;

    SizeLimit(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(int n) throws TooLarge {
        count += n;
        if (count > limit) {
            throw new TooLarge();
        }
    }

    /** The stream passed the limit. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("larger than the limit");
        }
    }
}
