package org.vigie.tracker.imports;

import java.io.IOException;
import java.io.InputStream;
import org.vigie.files.CountingInputStream;

/** A stream that counts its bytes and fails once more than a limit have been read. */
final class SizeLimit extends CountingInputStream {
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
    protected void counted(long n) throws TooLarge {
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
