package org.vigie.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream that tells each count of bytes read (or skipped) from the stream it wraps: for size limits and progress. */
public abstract class CountingInputStream extends FilterInputStream {

    protected CountingInputStream(InputStream in) {
        super(in);
    }

    /** Called after {@code n} more bytes were read; may refuse to go on. */
    protected abstract void counted(long n) throws IOException;

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

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) {
            counted(skipped);
        }
        return skipped;
    }
}
