package org.genrescope.files;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes files so that readers see either the old file or the complete new one, also after a power cut: the
 * content goes to a temporary file in the same folder (same file system, so the rename is atomic), is forced
 * to the disk, and only then replaces the target; the folder is forced after the rename so that the new name
 * is durable too (where the platform can force a folder). Without the first force a crash soon after the
 * rename can leave the new name pointing at an empty or partial file on common file systems (ext4's delayed
 * allocation). On any failure the temporary files are removed and the targets left as they were.
 *
 * <p>Every layer that writes user files (reports, plots, the sample generator, the workbench's settings) uses
 * this one implementation: {@link #write} for one file, a {@link Batch} for several files that should appear
 * together.
 */
public final class AtomicFiles {

    /** Writes the content to a stream; may throw. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes UTF-8 text to a writer; may throw. */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    /** Forces data to the storage device; a seam so tests can see the order of forces and renames. */
    interface Durability {
        /** Forces the file's content to the device. */
        void forceFile(FileChannel file) throws IOException;

        /** Forces the folder's entries (the names in it) to the device, where the platform allows it. */
        void forceFolder(Path folder) throws IOException;
    }

    static final Durability DISK = new Durability() {
        @Override
        public void forceFile(FileChannel file) throws IOException {
            file.force(true);
        }

        @Override
        public void forceFolder(Path folder) {
            // Linux and macOS can open a folder for reading and fsync it; Windows cannot, and there the
            // rename is already durable when MoveFileEx returns (it is written through), so failing is fine.
            try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
                channel.force(true);
            } catch (IOException | UnsupportedOperationException notSupported) {
                // best effort by design: see above
            }
        }
    };

    private AtomicFiles() {
    }

    /**
     * Writes the file; the folder must exist.
     *
     * @throws IOException when the folder is missing or the content, the force or the rename fails; the target
     *                     is then unchanged and no temporary file remains
     */
    public static void write(Path target, Content content) throws IOException {
        try (Batch batch = new Batch(DISK)) {
            content.writeTo(batch.create(target));
            batch.commit(); // closes (and forces) the stream
        }
    }

    /** Writes UTF-8 text; the folder must exist. Errors as for {@link #write}. */
    public static void writeText(Path target, TextContent content) throws IOException {
        write(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            content.writeTo(writer);
            writer.flush();
        });
    }

    /** Starts writing several files that replace their targets together, at {@link Batch#commit()}. */
    public static Batch batch() {
        return new Batch(DISK);
    }

    /**
     * Several files written side by side and moved into place together: {@link #create} each, write and close
     * the streams, then {@link #commit()}. Closing the batch without committing (on a failure or a cancel)
     * deletes every temporary file and changes no target. One batch belongs to one thread.
     *
     * <p>The renames of a commit are atomic one by one, not as a group: a failure part-way through them leaves
     * the files already renamed in place (all of them complete and durable).
     */
    public static final class Batch implements Closeable {
        private final Durability durability;
        private final List<Pending> pending = new ArrayList<>();
        private boolean finished;

        Batch(Durability durability) {
            this.durability = durability;
        }

        /**
         * A stream to the temporary file that will replace {@code target}; its folder must exist. Closing the
         * stream forces its content to the disk.
         *
         * @throws IOException when the folder is missing or the temporary file cannot be created
         */
        public OutputStream create(Path target) throws IOException {
            if (finished) {
                throw new IllegalStateException("this batch is already committed or closed");
            }
            Path absolute = target.toAbsolutePath();
            Path folder = absolute.getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new IOException("cannot write " + target + ": folder " + folder + " does not exist");
            }
            Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
            Pending file = new Pending(absolute, temporary);
            try {
                givePermissions(temporary, absolute);
                file.open(durability);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temporary);
                throw e;
            }
            pending.add(file);
            return file.stream;
        }

        /** The temporary files not yet moved into place (for tests). */
        List<Path> temporaries() {
            return pending.stream().map(p -> p.temporary).toList();
        }

        /**
         * Closes (and so forces) every stream still open, renames each temporary file to its target, replacing
         * any older file, in the order they were created (so a file created last can mark the others as in
         * place), then forces the folders so the new names are durable.
         *
         * @throws IOException when a force or a rename fails; see the class comment for what is then in place
         */
        public void commit() throws IOException {
            if (finished) {
                throw new IllegalStateException("this batch is already committed or closed");
            }
            for (Pending file : pending) {
                file.stream.close();
            }
            Set<Path> folders = new LinkedHashSet<>();
            for (Pending file : pending) {
                move(file.temporary, file.target);
                file.moved = true;
                folders.add(file.target.getParent());
            }
            for (Path folder : folders) {
                durability.forceFolder(folder);
            }
            finished = true;
        }

        /** Without a commit: closes the streams without forcing them and deletes every temporary file. */
        @Override
        public void close() throws IOException {
            if (finished) {
                return;
            }
            finished = true;
            IOException failure = null;
            for (Pending file : pending) {
                file.abandoned = true;
                try {
                    file.stream.close();
                } catch (IOException e) {
                    failure = failure == null ? e : failure;
                }
                if (!file.moved) {
                    try {
                        Files.deleteIfExists(file.temporary);
                    } catch (IOException e) {
                        failure = failure == null ? e : failure;
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        }

        private static void move(Path temporary, Path target) throws IOException {
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** One temporary file and the stream writing it. */
    private static final class Pending {
        final Path target;
        final Path temporary;
        OutputStream stream;
        boolean abandoned;
        boolean moved;

        Pending(Path target, Path temporary) {
            this.target = target;
            this.temporary = temporary;
        }

        void open(Durability durability) throws IOException {
            FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            OutputStream buffered = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            stream = new OutputStream() {
                private boolean closed;

                @Override
                public void write(int b) throws IOException {
                    buffered.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    buffered.write(bytes, offset, length);
                }

                @Override
                public void flush() throws IOException {
                    buffered.flush();
                }

                /** Flushes, forces the content to the disk (unless the batch was abandoned) and closes. */
                @Override
                public void close() throws IOException {
                    if (closed) {
                        return;
                    }
                    closed = true;
                    try (channel) {
                        if (!abandoned) {
                            buffered.flush();
                            durability.forceFile(channel);
                        }
                    }
                }
            };
        }
    }

    /**
     * Temporary files are created owner-only (0600); the result should be readable like any other file
     * the user saves, so it gets the replaced file's permissions, or rw-r--r-- for a new file.
     */
    private static void givePermissions(Path temporary, Path target) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }
}
