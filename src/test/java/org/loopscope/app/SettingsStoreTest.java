package org.loopscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void valuesSurviveARestartInAPlainPropertiesFile() throws IOException {
        Path file = dir.resolve("loopscope/settings.properties");
        SettingsStore store = new SettingsStore(file);
        store.put("folder", "/home/teacher/slides");
        assertThat(store.save()).isTrue();
        assertThat(Files.readString(file)).contains("folder=/home/teacher/slides");
        assertThat(new SettingsStore(file).get("folder")).contains("/home/teacher/slides");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void aDamagedOrUnwritableFileIsOnlyAnInconvenience() throws IOException {
        Path damaged = Files.writeString(dir.resolve("bad.properties"), "folder=\\u12");
        assertThat(new SettingsStore(damaged).get("folder")).isEmpty();
        Path blocked = Files.writeString(dir.resolve("blocked"), "a file where the folder should be");
        SettingsStore store = new SettingsStore(blocked.resolve("settings.properties"));
        store.put("folder", "/tmp");
        assertThat(store.save()).isFalse();
        assertThat(store.get("folder")).contains("/tmp"); // still known for this session
    }

    @Test
    void theUsersFileIsUnderTheConfigFolder() {
        assertThat(SettingsStore.userFile().toString()).endsWith("loopscope/settings.properties".replace('/', java.io.File.separatorChar));
    }
}
