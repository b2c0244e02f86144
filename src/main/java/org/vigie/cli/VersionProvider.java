package org.vigie.cli;

import org.vigie.App;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Vigie " + App.VERSION};
    }
}
