package org.vigie.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.Lock;
import org.vigie.crypto.PrivateFiles;

/**
 * The index's folder on disk, readable by its owner only: the folder is 0700 and each file Lucene
 * creates is set to 0600 as it is created (Java cannot set a umask, and Lucene opens files with the
 * process's), so that titles and snippets in the index are no more readable than the database.
 */
final class PrivateIndexDirectory extends FilterDirectory {
    private final Path path;

    private PrivateIndexDirectory(FSDirectory in) {
        super(in);
        this.path = in.getDirectory();
    }

    /** Opens {@code path}, making it and the files already in it (an index of an earlier version) private. */
    static PrivateIndexDirectory open(Path path) throws IOException {
        PrivateFiles.directory(path);
        try (var files = Files.list(path)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                PrivateFiles.restrict(f);
            }
        }
        return new PrivateIndexDirectory(FSDirectory.open(path));
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        IndexOutput out = super.createOutput(name, context);
        PrivateFiles.restrict(path.resolve(out.getName()));
        return out;
    }

    /** The lock file is empty, but private too, so that no file of the folder is left to the umask. */
    @Override
    public Lock obtainLock(String name) throws IOException {
        Lock lock = super.obtainLock(name);
        PrivateFiles.restrict(path.resolve(name));
        return lock;
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        IndexOutput out = super.createTempOutput(prefix, suffix, context);
        PrivateFiles.restrict(path.resolve(out.getName()));
        return out;
    }
}
