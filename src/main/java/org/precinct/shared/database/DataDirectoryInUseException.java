package org.precinct.shared.database;

import java.nio.file.Path;

/** Another process already runs Precinct's embedded PostgreSQL on this data directory. */
public class DataDirectoryInUseException extends IllegalStateException {

    private final transient Path dataDirectory;

    DataDirectoryInUseException(Path dataDirectory) {
        super("The data directory " + dataDirectory + " is in use by another Precinct process");
        this.dataDirectory = dataDirectory;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }
}
