package org.loopscope.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see either the old content or the complete new one: the
 * bytes go to a temporary file beside the target, which is then renamed over it. A failed
 * write removes the temporary file and leaves an existing target untouched.
 */
final class AtomicFileWrite {
    /** What fills the file. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWrite() {
    }

    static void write(Path target, Body body) throws IOException {
        Path absolute = target.toAbsolutePath();
        checkTarget(absolute);
        Path temp = null;
        try {
            temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
            readableByOthers(temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                body.writeTo(out);
                out.flush();
                channel.force(false); // the rename must not become visible before the bytes are on disk
            }
            moveIntoPlace(temp, absolute);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp, e);
            throw new IOException("cannot write " + absolute + ": " + reason(e), e);
        }
    }

    /** A temporary file is owner-only; the finished export should have a normal file's permissions. */
    private static void readableByOthers(Path temp) {
        try {
            Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: keep the default permissions
        }
    }

    /** Fails early with a clear reason for the common mistakes, before any temporary file exists. */
    private static void checkTarget(Path target) throws IOException {
        Path dir = target.getParent();
        if (dir == null) {
            throw new IOException("cannot write " + target + ": not a file path");
        }
        if (Files.isDirectory(target)) {
            throw new IOException("cannot write " + target + ": it is a directory");
        }
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != dir) {
            String why = existing != null && !Files.isDirectory(existing)
                    ? existing + " is a file, not a directory"
                    : "directory does not exist";
            throw new IOException("cannot write " + target + ": " + why);
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException("cannot write " + target + ": " + dir + " is a file, not a directory");
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp, Exception cause) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /** A short human reason; the JDK's messages for these exceptions are just the path. */
    static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "directory does not exist";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
