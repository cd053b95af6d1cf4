package org.loopscope.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * What the window remembers between sessions (the last export/open folder, the PNG options), in
 * a plain properties file a user can read and delete: {@code $XDG_CONFIG_HOME/loopscope/settings.properties},
 * or {@code ~/.config/loopscope/settings.properties} when XDG_CONFIG_HOME is not set.
 *
 * <p>Remembering is a convenience: a missing, unreadable or unwritable file never stops an export
 * or an open — the values then live for this session only. Thread-safe: {@link #put} is quick
 * (memory only), {@link #save} does the file I/O and belongs on a background thread.
 */
public final class SettingsStore {
    private final Path file;
    private final Properties values = new Properties();

    public SettingsStore(Path file) {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                values.clear(); // a damaged file is the same as none: start from the defaults
            }
        }
    }

    /** The user's settings file (see the class comment). */
    public static SettingsStore user() {
        return new SettingsStore(userFile());
    }

    /** Kept in memory only, for tests and when no home directory is known. */
    public static SettingsStore inMemory() {
        return new SettingsStore(null);
    }

    static Path userFile() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return config.resolve("loopscope").resolve("settings.properties");
    }

    public Path file() {
        return file;
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public synchronized void put(String key, String value) {
        values.setProperty(key, value);
    }

    /** Writes the file (temporary file, then rename); false if it could not be written. */
    public boolean save() {
        if (file == null) {
            return true;
        }
        Properties copy;
        synchronized (this) {
            copy = (Properties) values.clone();
        }
        Path temp = null;
        try {
            Files.createDirectories(file.getParent());
            temp = Files.createTempFile(file.getParent(), ".settings", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                copy.store(out, "Loopscope settings");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            deleteQuietly(temp);
            return false;
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // nothing more to do: a stray temporary file in the settings folder is harmless
        }
    }
}
